print("never printed")
def f():
 for a in b:
  for a in b:
   for a in b:
    for a in b:
     for a in b:
      for a in b:
       for a in b:
        for a in b:
         for a in b:
          for a in b:
           for a in b:
            for a in b:
             for a in b:
              for a in b:
               for a in b:
                for a in b:
                 for a in b:
                  for a in b:
                   for a in b:
                    for a in b:
                     for a in b:
                      pass
