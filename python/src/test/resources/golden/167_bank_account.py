# SPDX-License-Identifier: Apache-2.0
# Program: bank account simulation with classes, exceptions, transfers and a transaction log.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance {account.balance}")
        self.amount = amount
class Account:
    next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account.next_id
        Account.next_id += 1
        self.owner = owner
        self.balance = balance
        self.log = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.log.append(("dep", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.log.append(("wd", amount))
    def __repr__(self):
        return f"Account#{self.id}({self.owner}, {self.balance})"
class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate
    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest
def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        print("transfer failed:", e)
        return False
    else:
        dst.deposit(amount)
        return True
    finally:
        print("transfer attempted", src.owner, "->", dst.owner, amount)
alice = Account("alice", 100)
bob = SavingsAccount("bob", 50, rate=0.1)
print(alice, bob)
print(transfer(alice, bob, 30), transfer(bob, alice, 500))
print(bob.add_interest(), bob)
try:
    alice.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
print(alice.log, bob.log)
print(sorted([alice, bob], key=lambda a: a.balance))
print(sum(a.balance for a in [alice, bob]))
