# configparser: RawConfigParser keeps constructor defaults as given (bpo-23835; keys through optionxform), and a
# subclass's _DEFAULT_INTERPOLATION = None means no interpolation (test_configparser).
import configparser
try:
    configparser.RawConfigParser(defaults={1: 2.4})
except AttributeError as e:
    print("AttributeError:", e)
raw = configparser.RawConfigParser(defaults={"A": 5.2})
print(raw['DEFAULT']['a'], type(raw['DEFAULT']['a']).__name__)
cp = configparser.ConfigParser(defaults={1: 2.4})
print(cp['DEFAULT']['1'], cp['DEFAULT'].getfloat('1'))
class Custom(configparser.ConfigParser):
    _DEFAULT_INTERPOLATION = None
c = Custom()
c.read_string("[s]\none = 1\ntwo = %(one)s * 2\n")
print(c['s']['two'], type(c._interpolation).__name__)
