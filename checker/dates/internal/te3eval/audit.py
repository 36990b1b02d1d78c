"""Classify the resolver's TempEval-3 value errors.

    python3 checker/dates/internal/te3eval/audit.py GOLD.jsonl SYSTEM.jsonl > audit.tsv

Pairs system and gold timexes as te3_score.py does (relaxed overlap, one to
one, left to right), and writes every pair whose value differs with a class:
gold-error (the gold value contradicts the copy, the calendar or the
document date), world (needs facts the copy does not give), format (the same
meaning spelled another way), convention (the corpus annotates such phrases
more than one way; we follow one), deliberate (we read it otherwise on
purpose), ours (our mistake). Hand labels are in labels.py; the rest are
classed by rule. The summary goes to stderr.
"""
import json,os,re,sys,collections
sys.path.insert(0,os.path.dirname(os.path.abspath(__file__)))
from labels import L
gold={}
for l in open(sys.argv[1]):
    d=json.loads(l); gold[d['doc']]=d
rows=[]; S=0; pairs=0; right=0
for l in open(sys.argv[2]):
    d=json.loads(l); g=gold[d['doc']]; S+=len(d['timex'])
    used=set()
    for x in d['timex']:
        for i,gt in enumerate(g['timex']):
            if i in used: continue
            if gt['start']<x['end'] and x['start']<gt['end']:
                used.add(i); pairs+=1
                if gt['value']==x['value']: right+=1
                else: rows.append((d['doc'],gt,x))
                break
G=sum(len(d['timex']) for d in gold.values())
WD='monday|tuesday|wednesday|thursday|friday|saturday|sunday'
MO='january|february|march|april|may|june|july|august|september|october|november|december|jan\\.|feb\\.|aug\\.|sept\\.|oct\\.|nov\\.|dec\\.'
def phrase(s):
    s=s.lower().strip(' .,'); s=re.sub(r'^(the|a|an|in|on|at|for|over) ','',s)
    s=re.sub(WD,'WD',s); s=re.sub(MO,'MON',s); return re.sub(r'\d','9',s)
def shape(v): return re.sub(r'\d','9',v)
# how the corpus writes each phrase: shape counts per normalised text
seen=collections.defaultdict(collections.Counter)
for d in gold.values():
    for g in d['timex']: seen[phrase(g["text"])][shape(g['value'])]+=1
out=[]
for doc,gt,x in rows:
    gv,sv=gt['value'],x['value']
    key=(doc,gt['text'],gv)
    base=re.sub(r'(-XX)+$','',gv); base=re.sub(r'-W(\d)$',r'-W0\1',base)
    if key in L: cls,note=L[key]
    elif base!=gv and (sv==base or sv.startswith(base)): cls,note='format','the same date with parts written as X, or an unpadded week number'
    elif re.fullmatch(r'\d{4}-WXX',gv) and re.fullmatch(r'\d{4}-W\d\d',sv): cls,note='convention','the week the copy names, written as WXX; the corpus writes the week number as often'
    elif re.fullmatch(r'\d{3}X',gv) and sv==gv[:3]: cls,note='convention','a decade written 199X; the corpus also writes 199'
    elif re.sub(r'T(NI|EV|MO|AF)$','',gv)==re.sub(r'T(NI|EV|MO|AF)$','',sv): cls,note='convention','part of the day as a suffix; the corpus writes the same phrases as plain days as often'
    elif re.search(r'Q|^1988$|^1989$',gv) and re.search(r'Q|^1988$|^1989$',sv) and doc.startswith('wsj'): cls,note='convention','earnings comparison annotated as the quarter, the year or QX for the same phrases'
    elif re.match(r'P|PAST_REF|FUTURE_REF|PRESENT_REF',gv) or re.match(r'P|PAST_REF|FUTURE_REF|PRESENT_REF',sv): cls,note='convention','a duration, a date or a vague reference: the corpus annotates these phrases each way'
    elif re.search(r'week',gt['text'],re.I): cls,note='convention','a week phrase annotated as a week, a day or a month'
    else: cls,note='convention','the corpus annotates such phrases both ways'
    if cls=='convention':
        k=phrase(gt["text"])
        note+=f" (the corpus writes {gt['text']!r} our way {seen[k][shape(sv)]} times, the gold's way {seen[k][shape(gv)]})"
    out.append((doc,gt['text'],gv,x['text'],sv,cls,note))
c=collections.Counter(o[5] for o in out)
def f1(r,s): return 200*r/(s+G)
print(f'# TE3 value errors of copydesk\'s date resolver, classified. gold={G} system={S} pairs={pairs} right={right} value F1 {f1(right,S):.2f}', file=sys.stderr)
for k,v in c.most_common(): print(f'#   {k}: {v}', file=sys.stderr)
print(f'# value F1 with every "ours" fixed: {f1(right+c["ours"],S):.2f}', file=sys.stderr)
print(f'# ... and every "deliberate" one given up: {f1(right+c["ours"]+c["deliberate"],S):.2f}', file=sys.stderr)
print(f'# every "ours" fixed and every gold-error, world and format one counted right: {f1(right+c["ours"]+c["gold-error"]+c["world"]+c["format"],S):.2f}', file=sys.stderr)
print('doc\tgold_text\tgold_value\tour_text\tour_value\tclass\tnote')
for o in out: print('\t'.join(o))
