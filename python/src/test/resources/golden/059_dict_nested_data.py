# SPDX-License-Identifier: Apache-2.0
# Processing nested dict/list records: filtering, aggregation, sorting.
employees = [
    {"name": "Ann", "dept": "eng", "salary": 120, "skills": ["py", "go"]},
    {"name": "Bo", "dept": "ops", "salary": 90, "skills": ["sh"]},
    {"name": "Cy", "dept": "eng", "salary": 110, "skills": ["py", "java", "c"]},
    {"name": "Di", "dept": "sales", "salary": 70, "skills": []},
    {"name": "Ed", "dept": "ops", "salary": 95, "skills": ["py"]},
]
by_dept = {}
for e in employees:
    by_dept.setdefault(e["dept"], []).append(e["name"])
print(by_dept)
totals = {}
for e in employees:
    totals[e["dept"]] = totals.get(e["dept"], 0) + e["salary"]
print(totals)
avg = {d: totals[d] / len(by_dept[d]) for d in totals}
print(avg)
print([e["name"] for e in sorted(employees, key=lambda e: -e["salary"])])
skills = {}
for e in employees:
    for s in e["skills"]:
        skills[s] = skills.get(s, 0) + 1
print(sorted(skills.items(), key=lambda kv: (-kv[1], kv[0])))
print(sum(len(e["skills"]) for e in employees), max(employees, key=lambda e: len(e["skills"]))["name"])
