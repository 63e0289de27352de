import textwrap

text = ("The Zen of Python, by Tim Peters. Beautiful is better than ugly. Explicit is better "
        "than implicit. Simple is better than complex. Complex is better than complicated. "
        "Flat is better than nested. Sparse is better than dense. Readability counts.")
for width in (20, 33, 50, 70):
    print(textwrap.fill(text, width=width))
    print("--")
print(textwrap.wrap(text, 40))
print(textwrap.wrap("short", 10), textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("a-very-long-hyphenated-word-that-goes-on and on", 12))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10, break_long_words=False))
print(textwrap.wrap("well-known self-evident e-mail x-ray", 9))
print(textwrap.wrap("well-known self-evident", 9, break_on_hyphens=False))
print(textwrap.wrap("tabs\there\tand  double  spaces", 12))
print(textwrap.wrap("keep   spaces   here", 8, drop_whitespace=False))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten(text, width=40), textwrap.shorten(text, 40, placeholder="..."))
print(textwrap.wrap(text, 30, max_lines=3))
print(textwrap.wrap(text, 30, max_lines=2, placeholder=" (more)"))
code = """
    def hello():
        print("hi")

    hello()
"""
print(repr(textwrap.dedent(code)))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("   x\n     y\n  \n   z")))
print(textwrap.indent("one\ntwo\n\nthree\n", "> "), end="")
print(textwrap.indent("one\n\ntwo", "+ ", lambda line: True))
w = textwrap.TextWrapper(width=25, initial_indent="- ", subsequent_indent="  ", fix_sentence_endings=True)
print(w.fill("First sentence. Second one here. And a third one."))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print("ValueError:", e)
