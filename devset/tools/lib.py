"""Shared by the devset tools: which judgments file each set reads, event and judgment keys, and a judge lookup."""
import json, os
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
JUDG = {'set2': 'tbaq-judged', 'set3': 'tbaq-set3', 'set4': 'tbaq-set4', 'open': 'tbaq-open', 'set5': 'timeline17-set5', 'web': 'timeline17-web', 'web2': 'timeline17-web2', 'web3': 'timeline17-web3', 'web4': 'timeline17-web4', 'web5': 'timeline17-web5', 'web6': 'timeline17-web6', 'set6': 'timeline17-set6'}
OPEN = ['set2', 'open', 'web', 'web2', 'web3', 'web4', 'web5', 'web6']
HELD = ['set3', 'set4', 'set5', 'set6']
def events(snap, s):
    return json.load(open(os.path.join(snap, s + '.events.json')))
def judgments(s, repo=REPO):
    return json.load(open(f'{repo}/devset/{JUDG[s]}/judgments.json'))
def key(article, title, date, status):
    return (article, title, date, status or 'happened')
def ekey(e):
    return key(e['article'], e['title'], e['date']['start'], e.get('status'))
def jkey(j):
    return key(j['article'], j['title'], j['date'], j.get('status'))
def qkey(e):
    return (e['article'], (e.get('quote') or '')[:120])
class Judge:
    """Exact judgment by (article,title,date,status); fallback by (article, quote start, date) for right/wrong only."""
    def __init__(self, s, repo=REPO):
        js = judgments(s, repo)
        self.exact = {jkey(j): j for j in js}
        self.loose = {}
        for j in js:
            self.loose.setdefault((j['article'], (j.get('quote') or '')[:120], j['date']), j)
    def get(self, e):
        j = self.exact.get(ekey(e))
        if j: return j, 'exact'
        j = self.loose.get((e['article'], (e.get('quote') or '')[:120], e['date']['start']))
        if j: return j, 'loose'
        return None, None
def right(j):
    return bool(j['dateOk'] and j['happening'])
