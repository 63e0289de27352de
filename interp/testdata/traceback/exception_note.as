class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
acct = Account(10)
try:
    acct.withdraw(50)
except ValueError as e:
    e.add_note("while processing order 7")
    raise
