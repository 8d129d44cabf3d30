#!/usr/bin/env python3
"""Validate the organisation gazetteer and the organisation test cases (stdlib only).

usage: python3 patterns/check_gazetteer.py [--root DIR] [--verbose]

Checks, across patterns/organisations.tsv, patterns/organisations_extra.tsv,
patterns/org_aliases.tsv and tests/data/orgs.toml:
  * headers; 15 fields on every row of both organisation tables; no empty lines;
  * codes unique across both tables; types, statuses and ISO dates well formed;
  * every successor_code / parent_code entry resolves to a code in either table;
  * surface forms (name, aliases, other_names, org_aliases.alias) after ASCII case folding
    (and again with " & " read as " and "): every alias is listed once only, and no form points
    at two codes; names of ics and nhs_england_region rows are bare areas and are not forms;
  * org_aliases: the code exists; `name` is the code's name, one of its other_names, or an
    added former name whose note says "added former name" (and is used consistently);
  * orgs.toml: case names unique and of the form org-NNNN; every mention occurs in the text,
    in order and without overlap; every non-empty code exists; a mention that is a known
    surface form points at the expected code; the expected name is one the rules can give;
    a plain leftmost-longest matcher over the tables finds exactly the coded mentions of each
    case (mentions with code "" are left to the rule-based recogniser).
Exit status 0 when everything passes, 1 otherwise; problems are printed one per line.
"""
import argparse
import os
import re
import sys

try:
    import tomllib
except ModuleNotFoundError:  # Python < 3.11
    tomllib = None

HEADER = ['code', 'name', 'type', 'status', 'successor_code', 'parent_code', 'aliases', 'source',
          'closed', 'opened', 'region_code', 'other_codes', 'other_names', 'country', 'notes']
ALIAS_HEADER = ['alias', 'code', 'name', 'note']
TYPES = {'trust', 'ccg', 'icb', 'ics', 'stp', 'nhs_england', 'nhs_england_region', 'health_board',
         'hsc_trust', 'other', 'dhsc', 'pct', 'sha'}
STATUSES = {'active', 'closed'}
COUNTRIES = {'England', 'Wales', 'Scotland', 'Northern Ireland'}
DATE = re.compile(r'^\d{4}-\d{2}-\d{2}$')
SLUG = re.compile(r'^x-[a-z0-9]+(-[a-z0-9]+)*$')
CASE_NAME = re.compile(r'^org-\d{4}$')
ADDED_FORMER = 'added former name'
ICS_SUFFIXES = [(' Sustainability and Transformation Partnership', 'STP'),
                (' Sustainability and Transformation Plan', 'STP'),
                (' Integrated Care System', 'ICS'), (' ICS', 'ICS'), (' STP', 'STP')]

errors = []


def err(msg):
    errors.append(msg)


def fold(s):
    """ASCII case folding, as the matcher does it."""
    return ''.join(chr(ord(c) + 32) if 'A' <= c <= 'Z' else c for c in s)


def amp(s):
    """Fold ' & ' to ' and ', as the matcher is expected to do."""
    return s.replace(' & ', ' and ')


def split(cell):
    return [x for x in cell.split(';') if x] if cell else []


def read_tsv(path, header):
    rows = []
    with open(path, encoding='utf-8', newline='') as f:
        lines = f.read().split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    if not lines:
        err(f'{path}: empty file')
        return rows
    got = lines[0].split('\t')
    if got != header:
        err(f'{path}:1: header is {got}, expected {header}')
    for n, line in enumerate(lines[1:], 2):
        if line == '':
            err(f'{path}:{n}: empty line')
            continue
        cells = line.split('\t')
        if len(cells) != len(header):
            err(f'{path}:{n}: {len(cells)} fields, expected {len(header)}')
            continue
        if any(c != c.strip() for c in cells):
            err(f'{path}:{n}: a cell has leading or trailing spaces')
        rows.append((n, dict(zip(header, cells))))
    return rows


def check_tables(root):
    pdir = os.path.join(root, 'patterns')
    tables = {}
    for fname in ('organisations.tsv', 'organisations_extra.tsv'):
        tables[fname] = read_tsv(os.path.join(pdir, fname), HEADER)
    orgs = {}
    for fname, rows in tables.items():
        for n, r in rows:
            where = f'{fname}:{n}'
            code = r['code']
            if not code:
                err(f'{where}: empty code')
                continue
            if code in orgs:
                err(f'{where}: code {code} already used at {orgs[code]["_where"]}')
                continue
            if fname == 'organisations_extra.tsv' and code.startswith('x') and not SLUG.match(code):
                err(f'{where}: slug code {code!r} is not lowercase-hyphenated with prefix x-')
            # (All capitals: a shouted name; "NHS 24" is acronym and number.)
            shouted = r['name'].isupper() and any(len(w) > 3 for w in r['name'].split() if w.isalpha())
            if not r['name'] or shouted:
                err(f'{where}: empty or all-caps name {r["name"]!r}')
            if r['type'] not in TYPES:
                err(f'{where}: unknown type {r["type"]!r}')
            if r['status'] not in STATUSES:
                err(f'{where}: unknown status {r["status"]!r}')
            if r['country'] not in COUNTRIES:
                err(f'{where}: unknown country {r["country"]!r}')
            for col in ('closed', 'opened'):
                if r[col] and not DATE.match(r[col]):
                    err(f'{where}: {col} {r[col]!r} is not an ISO date')
            if r['status'] == 'active' and r['successor_code']:
                err(f'{where}: active row has a successor')
            if not r['source']:
                err(f'{where}: empty source')
            r['_where'] = where
            r['_file'] = fname
            orgs[code] = r
    for code, r in orgs.items():
        for col in ('successor_code', 'parent_code'):
            for c in split(r[col]):
                if c not in orgs:
                    err(f'{r["_where"]}: {col} {c} does not resolve')
                elif c == code:
                    err(f'{r["_where"]}: {col} points at itself')
    return orgs


def check_aliases(root, orgs):
    path = os.path.join(root, 'patterns', 'org_aliases.tsv')
    rows = read_tsv(path, ALIAS_HEADER)
    forms = {}  # folded surface form -> (code, where, kind)
    alias_seen = {}

    def add(form, code, where, kind):
        k = fold(form)
        if kind == 'alias':
            if k in alias_seen:
                err(f'{where}: alias {form!r} already listed at {alias_seen[k]}')
            alias_seen[k] = where
        prev = forms.get(k)
        if prev and prev[0] != code:
            err(f'{where}: {kind} {form!r} -> {code} collides with {prev[2]} of {prev[0]} ({prev[1]})')
        elif prev and kind == 'alias' and prev[2] != 'alias':
            err(f'{where}: alias {form!r} repeats the {prev[2]} of {code} ({prev[1]})')
        elif not prev:
            forms[k] = (code, where, kind)

    # names and other names first, then aliases, so that messages name the stronger form
    for code, r in orgs.items():
        if not bare(r):  # bare area names: not surface forms
            add(r['name'], code, r['_where'], 'name')
        for o in split(r['other_names']):
            add(o, code, r['_where'], 'other_name')
    for code, r in orgs.items():
        for a in split(r['aliases']):
            add(a, code, r['_where'], 'alias')
    added_former = {}  # (code, folded name) -> name
    # A site name several hospitals share ("namesake: TOWN") is no surface form of any one body.
    namesakes = [(n, a) for n, a in rows if a['note'].startswith('namesake:')]
    rows = [(n, a) for n, a in rows if not a['note'].startswith('namesake:')]
    for n, a in namesakes:
        where = f'org_aliases.tsv:{n}'
        if not a['note'][len('namesake:'):].strip():
            err(f'{where}: a namesake row\'s note names the hospital\'s town ("namesake: TOWN")')
        if a['code'] not in orgs:
            err(f'{where}: code {a["code"]!r} does not exist')
        elif a['name'] != orgs[a['code']]['name']:
            err(f'{where}: name {a["name"]!r} is not the name of {a["code"]}')
    for n, a in rows:
        where = f'org_aliases.tsv:{n}'
        code = a['code']
        if not a['alias'] or not a['name'] or not a['note']:
            err(f'{where}: alias, name and note must all be filled')
        if code not in orgs:
            err(f'{where}: code {code!r} does not exist')
            continue
        r = orgs[code]
        known = {r['name']} | set(split(r['other_names']))
        if a['name'] not in known:
            if ADDED_FORMER not in a['note'] and 'of the added former name' not in a['note']:
                err(f'{where}: name {a["name"]!r} is neither the name nor an other_name of {code} '
                    f'and the note does not say "{ADDED_FORMER}"')
            added_former.setdefault(code, set()).add(a['name'])
        add(a['alias'], code, where, 'alias')
    for n, a in namesakes:
        if fold(a['alias']) in forms:
            err(f'org_aliases.tsv:{n}: shared site name {a["alias"]!r} is also a form of '
                f'{forms[fold(a["alias"])][0]}')
    amp_seen = {}
    for k, (code, where, kind) in forms.items():
        prev = amp_seen.setdefault(amp(k), (code, where))
        if prev[0] != code:
            err(f'{where}: {k!r} -> {code} collides with a form of {prev[0]} ({prev[1]}) '
                f'once " & " is read as " and "')
    for code, names in added_former.items():
        for nm in names:
            if not any(ADDED_FORMER in a['note'] and a['alias'] == nm and a['name'] == nm
                       for _, a in rows if a['code'] == code):
                err(f'org_aliases.tsv: added former name {nm!r} of {code} has no row of its own '
                    f'(alias = name, note "{ADDED_FORMER}")')
    return forms, {code: names for code, names in added_former.items()}, rows


def variant_key(s):
    """Key under which spelling variants (case, ' & ' / ' and ', a leading 'The ') are equal."""
    k = amp(fold(s))
    return k[4:] if k.startswith('the ') else k


def bare(r):
    """Whether a row's name is a bare area, not a surface form: nhs_england_region rows, and
    ics rows unless the system is named as a partnership ("Sussex Health and Care Partnership")."""
    if r['type'] == 'nhs_england_region':
        return True
    if r['type'] == 'ics':
        n = r['name']
        return not ('Partnership' in n or 'Partners' in n or 'Health and Care' in n)
    return False


def exact_names(orgs, alias_rows):
    """Folded form -> the one canonical name it must give, where the tables say so exactly."""
    out = {}
    for code, r in orgs.items():
        if r['type'] in ('ics', 'nhs_england_region'):
            if not bare(r):
                out[fold(r['name'])] = r['name']
            continue
        for o in split(r['other_names']):
            # an other_name that is only a spelling variant of the name gives the name
            out[fold(o)] = r['name'] if variant_key(o) == variant_key(r['name']) else o
        out[fold(r['name'])] = r['name']
    for _, a in alias_rows:
        if a['code'] in orgs and orgs[a['code']]['type'] not in ('ics', 'nhs_england_region'):
            out[fold(a['alias'])] = a['name']
    return out


def canonical_names(code, orgs, added_former, alias_rows):
    """Every canonical name a mention resolving to `code` may carry."""
    r = orgs[code]
    names = {r['name']} | set(split(r['other_names'])) | added_former.get(code, set())
    names |= {a['name'] for _, a in alias_rows if a['code'] == code}
    if r['type'] == 'nhs_england_region':
        names = {f'NHS England {n}' for n in names}
    if r['type'] == 'ics':
        names = set()
        forms = split(r['aliases']) + [a['alias'] for _, a in alias_rows if a['code'] == code]
        for f in forms:
            for suf, kind in ICS_SUFFIXES:
                if f.endswith(suf):
                    names.add(f'{f[:-len(suf)]} {kind}')
                    break
        if not bare(r):
            names.add(r['name'])
    return names


def check_cases(root, orgs, forms, added_former, alias_rows, find):
    path = os.path.join(root, 'tests', 'data', 'orgs.toml')
    if tomllib is None:
        err(f'{path}: needs Python 3.11+ (tomllib) to check')
        return 0
    with open(path, 'rb') as f:
        try:
            data = tomllib.load(f)
        except tomllib.TOMLDecodeError as e:
            err(f'{path}: not TOML: {e}')
            return 0
    cases = data.get('case', [])
    if set(data) - {'case'}:
        err(f'{path}: unknown top-level keys {sorted(set(data) - {"case"})}')
    amp_forms = {amp(k): v for k, v in forms.items()}
    exact = exact_names(orgs, alias_rows)
    seen = set()
    last = -1
    for i, c in enumerate(cases):
        name = c.get('name', f'#{i}')
        where = f'orgs.toml case {name}'
        if set(c) - {'name', 'text', 'expected'}:
            err(f'{where}: unknown keys {sorted(set(c) - {"name", "text", "expected"})}')
        if not CASE_NAME.match(name):
            err(f'{where}: name is not org-NNNN')
        else:
            num = int(name[4:])
            if num <= last:
                err(f'{where}: names must increase')
            last = num
        if name in seen:
            err(f'{where}: duplicate name')
        seen.add(name)
        text = c.get('text')
        exp = c.get('expected')
        if not isinstance(text, str) or not text or not isinstance(exp, list):
            err(f'{where}: needs a text and an expected list')
            continue
        want = [(e.get('mention'), e.get('code')) for e in exp if e.get('code')]
        got = find(text)
        if got != want:
            err(f'{where}: the gazetteer alone finds {got}, the case expects {want} '
                f'(entries with code "" are left to the rules)')
        pos = 0
        for e in exp:
            if set(e) != {'mention', 'code', 'name'}:
                err(f'{where}: expected entry must have exactly mention, code, name: {e}')
                continue
            m, code, nm = e['mention'], e['code'], e['name']
            at = text.find(m, pos)
            if at < 0:
                err(f'{where}: mention {m!r} not found in the text after offset {pos} '
                    f'(mentions must be in order and not overlap)')
            else:
                pos = at + len(m)
            if not nm:
                err(f'{where}: empty name for {m!r}')
            if code:
                if code not in orgs:
                    err(f'{where}: code {code!r} does not exist')
                    continue
                known = forms.get(fold(m)) or amp_forms.get(amp(fold(m)))
                if known and known[0] != code:
                    err(f'{where}: mention {m!r} is a surface form of {known[0]}, not {code}')
                if not known:
                    err(f'{where}: mention {m!r} ({code}) is not a surface form of any table '
                        f'(even with " & " folded to " and ")')
                if nm not in canonical_names(code, orgs, added_former, alias_rows):
                    err(f'{where}: name {nm!r} is not a canonical name of {code}')
                must = exact.get(fold(m))
                if must is not None and nm != must:
                    err(f'{where}: mention {m!r} must give the name {must!r}, not {nm!r}')
            else:
                known = forms.get(fold(m)) or amp_forms.get(amp(fold(m)))
                if known:
                    err(f'{where}: mention {m!r} has code "" but is a surface form of {known[0]}')
    return len(cases)


# Capitalised words that open a sentence or precede a name without being a
# place (org_rules.toml `leading_stop`); filled by main().
LEADING_STOP = set()


def load_leading_stop(root):
    path = os.path.join(root, 'patterns', 'org_rules.toml')
    if tomllib is None or not os.path.exists(path):
        return {'the', 'in', 'at', 'both', 'and', 'but', 'by', 'of', 'for', 'to'}
    with open(path, 'rb') as f:
        return set(tomllib.load(f).get('leading_stop', []))


def matcher(orgs, alias_rows):
    """A plain leftmost-longest matcher over every surface form (ASCII case folded, " & " and
    " and " interchangeable, word boundaries at both ends). Forms of rows whose notes ask for
    case-sensitive matching ("Monitor") match only as written."""
    entries = {}

    def add(form, code, exact):
        variants = {form, form.replace(' & ', ' and '), form.replace(' and ', ' & ')}
        for v in variants:
            key = v if exact else fold(v)
            entries.setdefault(key, (code, exact))

    for code, r in orgs.items():
        exact = 'case-sensitively' in r['notes']
        names = [] if bare(r) else [r['name']]
        for f in names + split(r['aliases']) + split(r['other_names']):
            add(f, code, exact)
    for _, a in alias_rows:
        add(a['alias'], a['code'], False)
    by_prefix = {}
    for key, (code, exact) in entries.items():
        by_prefix.setdefault(fold(key[:3]), []).append((key, code, exact))
    for lst in by_prefix.values():
        lst.sort(key=lambda e: -len(e[0]))

    def find(text):
        low = fold(text)
        out = []
        i = 0
        while i < len(text):
            if i > 0 and text[i - 1].isalnum() or not text[i].isalnum():
                i += 1
                continue
            hit = None
            for key, code, exact in by_prefix.get(low[i:i + 3], ()):
                seg = text[i:i + len(key)] if exact else low[i:i + len(key)]
                end = i + len(key)
                if seg == key and (end == len(text) or not text[end].isalnum()):
                    hit = (text[i:end], code)
                    break
            # A lowercase name right after a capitalised word describes that
            # place's body ("Edinburgh health and social care board"): no match.
            if hit and not hit[0][:1].isupper():
                prev = text[:i].rstrip().split()
                if prev and prev[-1][:1].isupper() and prev[-1].lower() not in LEADING_STOP:
                    hit = None
            if hit:
                out.append(hit)
                i += len(hit[0])
            else:
                i += 1
        return out
    return find


def compare_reference(root):
    """organisations.tsv must be a verbatim copy of the shared reference table, when present."""
    for cand in (os.path.join(root, '..', 'shared', 'reference', 'nhs_organisations.tsv'),):
        if os.path.exists(cand):
            with open(cand, 'rb') as a, open(os.path.join(root, 'patterns', 'organisations.tsv'), 'rb') as b:
                if a.read() != b.read():
                    err('patterns/organisations.tsv differs from shared/reference/nhs_organisations.tsv')
            return True
    return False


def shadow_report(orgs, alias_rows):
    """Forms that are a word prefix of another body's form (leftmost-longest keeps the longer)."""
    allf = []
    for code, r in orgs.items():
        names = [] if bare(r) else [r['name']]
        for f in names + split(r['aliases']) + split(r['other_names']):
            allf.append((fold(f), code))
    for _, a in alias_rows:
        allf.append((fold(a['alias']), a['code']))
    out = []
    for f, c in allf:
        longer = sorted({c2 for g, c2 in allf if c2 != c and g.startswith(f + ' ')})
        if longer:
            out.append(f'{f!r} ({c}) is a prefix of forms of {", ".join(longer[:8])}')
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument('--root', default=os.path.dirname(here), help='project root (default: parent of patterns/)')
    ap.add_argument('--verbose', action='store_true', help='also list prefix relations between bodies')
    args = ap.parse_args()
    orgs = check_tables(args.root)
    forms, added_former, alias_rows = check_aliases(args.root, orgs)
    LEADING_STOP.update(load_leading_stop(args.root))
    ncases = check_cases(args.root, orgs, forms, added_former, alias_rows, matcher(orgs, alias_rows))
    compared = compare_reference(args.root)
    if not os.path.isdir(os.path.join(args.root, 'patterns', 'licenses')):
        err('patterns/licenses/ is missing')
    if args.verbose:
        for line in shadow_report(orgs, alias_rows):
            print('prefix:', line)
    for e in errors:
        print(e)
    n_ref = sum(1 for r in orgs.values() if r['_file'] == 'organisations.tsv')
    print(f'{n_ref} reference rows, {len(orgs) - n_ref} extra rows, {len(alias_rows)} org_aliases rows, '
          f'{len(forms)} surface forms, {ncases} test cases'
          f'{", reference copy identical" if compared and not any("differs" in e for e in errors) else ""}: '
          f'{"OK" if not errors else f"{len(errors)} problem(s)"}')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
