# SPDX-License-Identifier: Apache-2.0
# Program: inventory management with dicts of records, restocking, and a formatted report.
inventory = {}
def add(sku, name, qty, price):
    if sku in inventory:
        inventory[sku]["qty"] += qty
    else:
        inventory[sku] = {"name": name, "qty": qty, "price": price}
def sell(sku, qty):
    item = inventory.get(sku)
    if item is None:
        return f"unknown sku {sku}"
    if item["qty"] < qty:
        return f"only {item['qty']} {item['name']} left"
    item["qty"] -= qty
    return f"sold {qty} {item['name']} for {qty * item['price']:.2f}"
add("A1", "widget", 10, 2.5)
add("B2", "gadget", 3, 19.99)
add("C3", "doohickey", 0, 7.25)
add("A1", "widget", 5, 2.5)
for sku, q in [("A1", 4), ("B2", 5), ("Z9", 1), ("B2", 3), ("C3", 1)]:
    print(sell(sku, q))
print(f"{'SKU':<5}{'NAME':<11}{'QTY':>5}{'VALUE':>10}")
total = 0
for sku in sorted(inventory):
    it = inventory[sku]
    value = it["qty"] * it["price"]
    total += value
    print(f"{sku:<5}{it['name']:<11}{it['qty']:>5}{value:>10.2f}")
print(f"{'TOTAL':<21}{total:>10.2f}")
print("out of stock:", sorted(s for s, it in inventory.items() if it["qty"] == 0))
