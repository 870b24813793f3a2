#!/usr/bin/env python3
"""Derives data/event_lexicon.txt, the event words read through the parse, from
three permissive resources (see ../shared/lexicons/README.md):

  * PETRARCH2's CAMEO verb dictionary (MIT): every verb of a block with a CAMEO
    code is an event of that code; a verb's own code overrides its block's;
    simple patterns "- * OBJECT [code]" and "- * (PREP OBJECT) [code]" give
    the full code for that object.
  * VerbNet 3.4 (VerbNet licence): the members of the classes in CLASS_TYPES,
    in the WordNet sense VerbNet gives, when that sense is the verb's most
    frequent one (so "drop" in fire-10.10 stays out: dropping is rarely firing).
  * WordNet 3.0 (WordNet licence): nouns derived from those verbs
    (announce -> announcement, arrive -> arrival) when the noun's first sense is
    an act, event or (for statements) a communication; past forms for the
    relation predicates (verb.exc).

Usage (the command that regenerates the shipped file):
  python3 data/make_event_lexicon.py --lexicons ../shared/lexicons \
      --wordnet /usr/share/wordnet > data/event_lexicon.txt

The output is deterministic (sorted). The taxonomy (which CAMEO root and which
VerbNet class is which eventgraph type) is this file's own and documented in
docs/event_types.md.
"""
import argparse
import collections
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

# CAMEO roots (codebook 1.1b3) to eventgraph types.
ROOT_TYPES = {
    "01": "statement", "02": "appeal", "03": "pledge", "04": "meeting", "05": "agreement",
    "06": "cooperation", "07": "aid", "08": "concession", "09": "investigation", "10": "demand",
    "11": "criticism", "12": "rejection", "13": "threat", "14": "protest", "15": "deployment",
    "16": "sanction", "17": "coercion", "18": "assault", "19": "attack", "20": "massacre",
}
# Full CAMEO codes with a type finer than their root's.
CODE_TYPES = {
    "042": "visit", "043": "visit", "036": "meeting", "057": "agreement", "061": "trade",
    "0831": "concession", "112": "accusation", "171": "seizure", "172": "sanction",
    "173": "arrest", "174": "expulsion", "181": "abduction", "182": "assault", "183": "bombing",
    "186": "killing", "190": "attack", "192": "occupation", "195": "attack", "202": "massacre",
}
# VerbNet classes that name news events: type and CAMEO code ("" where none fits).
CLASS_TYPES = {
    "attack-60.1": ("attack", "190"), "battle-36.4": ("attack", "190"),
    "murder-42.1": ("killing", "186"), "poison-42.2": ("assault", "180"),
    "subjugate-42.3": ("coercion", "170"), "destroy-44": ("destruction", "190"),
    "fire-10.10": ("dismissal", ""), "resign-10.11": ("resignation", ""),
    "appoint-29.1": ("appointment", ""), "promote-102": ("appointment", ""),
    "hire-13.5.3": ("appointment", ""), "declare-29.4": ("statement", "010"),
    "prosecute-33.2": ("charge", "173"), "banish-10.2": ("expulsion", "174"),
    "steal-10.5": ("seizure", "171"), "rob-10.6.4": ("seizure", "171"),
    "meet-36.3": ("meeting", "040"), "cooperate-73.1": ("cooperation", "060"),
    "help-72.1": ("aid", "070"), "contribute-13.2": ("aid", "070"),
    "promise-37.13": ("pledge", "030"), "order-58.3": ("demand", "100"),
    "urge-58.1": ("appeal", "020"), "reject-77.2": ("rejection", "120"),
    "complain-37.8": ("criticism", "110"), "forbid-64.4": ("sanction", "172"),
    "withdraw-82": ("concession", "080"), "acquiesce-95.1": ("concession", "080"),
    "investigate-35.4": ("investigation", "090"), "interrogate-37.1.3": ("investigation", "090"),
    # (get-13.5.1, obtain-13.5.2 and amalgamate-22.2 are not read: their members
    # are mostly not acquisitions or mergers in news, "choose", "select",
    # "receive", "compare"; WordNet's families below give buy, acquire, merge.)
    "invest-13.5.4": ("investment", ""), "pay-68": ("payment", ""), "earn-54.6": ("earnings", ""),
    "give-13.1": ("transfer", ""), "send-11.1": ("delivery", ""),
    "establish-55.5": ("founding", ""), "create-26.4": ("launch", ""),
    "escape-51.1": ("travel", ""), "leave-51.2": ("departure", ""), "die-42.4": ("death", ""),
    "marry-36.2": ("marriage", ""), "rebel-71.2": ("protest", "140"),
    "say-37.7": ("statement", "010"), "indicate-78": ("statement", "010"),
    "transfer_mesg-37.1.1": ("statement", "010"), "confess-37.10": ("statement", "010"),
    "support-15.3": ("support", "050"), "accept-77.1": ("approval", ""),
    "register-54.1": ("filing", ""),
}
# Where the resources put a verb under a kind of event news does not mean by
# it (CAMEO files "die" under fighting, VerbNet "charge" under attacking):
# the type news means, the code kept.
TYPE_OVERRIDES = {
    "die": "death", "sue": "lawsuit", "charge": "charge", "indict": "charge", "convict": "conviction",
    "sentence": "sentencing", "acquit": "acquittal", "elect": "election", "vote": "vote",
    "unveil": "launch", "introduce": "launch", "launch": "launch", "release": "release", "fire": "attack",
    "rule": "ruling",
}
# The news events CAMEO lacks (business, justice, politics, disasters, deaths,
# outbreaks, movements): a few seed words per type, each taken in its most
# frequent WordNet sense and grown by that sense's synonyms and the nouns
# derived from it (sack -> sacking, bury -> burial). "v:" seeds are verbs,
# "n:" seeds nouns.
FAMILY_SEEDS = {
    "acquisition": "v:acquire v:buy v:purchase n:purchase n:takeover#2 n:acquisition n:buyout",
    "sale": "v:sell n:sale",
    "merger": "v:merge n:merger",
    "stake sale": "n:stake n:divestiture v:divest",
    "buyback": "n:buyback",
    "earnings": "n:earnings n:profit n:revenue v:earn",
    "loss": "v:lose n:loss n:deficit",
    "layoff": "n:layoff v:lay_off#2",
    "bankruptcy": "n:bankruptcy n:insolvency n:receivership",
    "lawsuit": "v:sue n:lawsuit n:litigation",
    "recall": "n:recall",
    "launch": "v:launch v:unveil v:introduce n:debut n:launch#2",
    "delivery": "v:deliver n:delivery n:shipment",
    "rating change": "v:downgrade v:upgrade n:downgrade",
    "charge": "v:charge v:indict n:indictment n:charge#2 v:plead n:plea#2",
    "conviction": "v:convict n:conviction#2 v:sentence n:sentence#2 v:acquit n:acquittal",
    "extradition": "v:extradite n:extradition",
    "investigation": "v:subpoena n:subpoena",
    "election": "v:elect n:election n:referendum v:vote n:vote n:ballot",
    "appointment": "v:appoint v:nominate n:appointment n:nomination n:inauguration v:swear_in",
    "victory": "n:victory n:triumph",
    "dismissal": "v:fire v:sack v:oust n:dismissal n:ouster",
    "resignation": "v:resign v:quit#2 v:step_down n:resignation",
    "coup": "n:coup n:putsch v:overthrow",
    "crash": "v:collide v:derail v:capsize n:crash#2 n:collision n:derailment",
    "disaster": "n:earthquake n:flood n:hurricane n:wildfire n:landslide n:tsunami n:eruption n:stampede n:avalanche "
                "n:drought n:blizzard n:storm n:blaze n:collapse v:collapse",
    "death": "v:die n:death n:funeral v:bury n:burial v:drown",
    "ruling": "n:ruling n:verdict v:overturn v:strike_down",
    "outbreak": "n:outbreak n:epidemic n:pandemic v:break_out",
    "evacuation": "v:evacuate n:evacuation",
    "handover": "n:handover v:hand_over",
    "arrival": "v:arrive n:arrival v:depart n:departure",
    "travel": "v:fly",
}
# Endings of a verb's written forms and what gives back its lemma, longest first.
VERB_ENDINGS = (("ied", "y"), ("ies", "y"), ("ing", "e"), ("ing", ""), ("ed", "e"), ("ed", ""), ("es", ""),
                ("s", ""), ("d", ""))
NEWER_SPEECH_VERBS = {"tweet": "tweeted", "retweet": "retweeted", "blog": "blogged"}
# Verb and object pairs that name a news event the verb alone does not (as
# CAMEO's patterns do for its codes): "cut jobs" is a layoff, "posted a loss"
# a loss. Objects are lemmas.
OBJECT_PATTERNS = {
    ("cut", "job"): "layoff", ("shed", "job"): "layoff", ("eliminate", "job"): "layoff",
    ("slash", "job"): "layoff", ("axe", "job"): "layoff",
    ("post", "profit"): "earnings", ("post", "earnings"): "earnings", ("report", "profit"): "earnings",
    ("post", "loss"): "loss", ("report", "loss"): "loss",
    ("file", "bankruptcy"): "bankruptcy", ("seek", "bankruptcy"): "bankruptcy",
    ("declare", "bankruptcy"): "bankruptcy", ("file", "lawsuit"): "lawsuit", ("file", "suit"): "lawsuit",
    ("close", "plant"): "closure", ("close", "factory"): "closure", ("close", "dealership"): "closure",
    ("cut", "rate"): "rate change", ("raise", "rate"): "rate change", ("hike", "rate"): "rate change",
    ("cut", "rating"): "rating change", ("raise", "stake"): "stake sale", ("sell", "stake"): "stake sale",
    ("adopt", "resolution"): "resolution", ("pass", "resolution"): "resolution",
    ("approve", "resolution"): "resolution", ("adopt", "law"): "legislation", ("pass", "law"): "legislation",
    ("pass", "bill"): "legislation", ("approve", "bill"): "legislation", ("sign", "bill"): "legislation",
    ("buy", "stake"): "acquisition", ("take", "stake"): "acquisition", ("buy", "back"): "buyback",
    ("win", "seat"): "election", ("win", "election"): "election", ("win", "vote"): "election",
    ("win", "majority"): "election", ("win", "race"): "election", ("win", "match"): "victory",
    ("win", "game"): "victory", ("win", "title"): "victory", ("win", "war"): "victory",
    ("recall", "vehicle"): "recall", ("recall", "car"): "recall", ("recall", "truck"): "recall",
    ("recall", "product"): "recall", ("recall", "unit"): "recall", ("recall", "model"): "recall",
    ("recall", "device"): "recall", ("recall", "toy"): "recall", ("recall", "drug"): "recall",
    ("recall", "phone"): "recall", ("recall", "battery"): "recall", ("recall", "airbag"): "recall",
    ("seize", "power"): "coup", ("take", "power"): "coup", ("grab", "power"): "coup",
    # CAMEO has "put ... on alert" (152); news says "placed on high alert" as often.
    ("place", "alert"): "deployment",
    # A preposition as the object: "called for a coalition" is an appeal.
    ("call", "for"): "appeal",
}
# Noun and modifier pairs the same way: "job cuts" is a layoff, "rate cuts" a
# rate change, where the noun alone ("cuts") names nothing sure. Lemmas.
NOUN_PATTERNS = {
    ("cut", "job"): "layoff", ("loss", "job"): "layoff", ("reduction", "job"): "layoff",
    ("cut", "rate"): "rate change", ("hike", "rate"): "rate change", ("increase", "rate"): "rate change",
}
# Verbs whose past is the verb itself (WordNet's verb.exc lists only forms that differ).
SAME_PAST = set("cut put set hit let shut cost hurt quit split spread bet bid burst cast broadcast upset shed "
                "slit thrust forecast".split())
WINDOW_ONLY = {"strikes"}
PARTICLES = {"up", "down", "out", "off", "over", "in", "away"}
# Verbs too light or too general to name an event on their own (a noun object
# may still: "held talks" is read through the noun).
LIGHT = set("""be have do get take make go come put set keep let see use find know think want
look seem become run turn show try mean need feel carry remain stay continue include work
play stand face add follow
cause prompt involve locate learn view relate concern require base cost contain disturb rise fall""".split())
# ... of which these still name events in news (the verb is the news).
NEWS_ANYWAY = set("say win lose pay buy sell raise meet open close".split())

NOUN_CLASSES = {"noun.act", "noun.event", "noun.phenomenon", "noun.possession"}
# WordNet verbs none of the above lists, by the lexicographer file of their
# most frequent sense: what an actor does to another in news (buying, losing,
# competing, joining, making, going) is an event of this broad type.
LEXNAME_TYPES = {
    "verb.possession": "transaction", "verb.competition": "conflict", "verb.social": "social",
    "verb.creation": "production",
}


def read_wordnet(wn):
    """Sense numbers of verb senses, lexicographer files, derivations, past forms."""
    # Lexicographer file numbers (lexnames, as fixed by WordNet 3.0).
    names = ("adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute "
             "noun.body noun.cognition noun.communication noun.event noun.feeling noun.food noun.group "
             "noun.location noun.motive noun.object noun.person noun.phenomenon noun.plant "
             "noun.possession noun.process noun.quantity noun.relation noun.shape noun.state "
             "noun.substance noun.time verb.body verb.change verb.cognition verb.communication "
             "verb.competition verb.consumption verb.contact verb.creation verb.emotion verb.motion "
             "verb.perception verb.possession verb.social verb.stative verb.weather adj.ppl").split()
    lexnames = {i: n for i, n in enumerate(names)}
    synsets = {}  # (pos, offset) -> (lexname, [(word, lexid)], derivations [(pos, offset, src, dst)])
    for pos, fname in (("v", "data.verb"), ("n", "data.noun")):
        with open(os.path.join(wn, fname), encoding="latin-1") as f:
            for line in f:
                if line.startswith("  "):
                    continue
                parts = line.split(" | ")[0].split()
                offset, lexfile = parts[0], int(parts[1])
                n = int(parts[3], 16)
                words = [(parts[4 + 2 * k].lower(), int(parts[5 + 2 * k], 16)) for k in range(n)]
                k = 4 + 2 * n
                npointers = int(parts[k])
                derivs = []
                for p in range(npointers):
                    sym, off, ppos, st = parts[k + 1 + 4 * p: k + 5 + 4 * p]
                    if sym == "+":
                        derivs.append((ppos, off, int(st[:2], 16), int(st[2:], 16)))
                synsets[(pos, offset)] = (lexnames[lexfile], words, derivs)
    senses = {}  # (pos, lemma) -> [offsets], most frequent first
    for pos, fname in (("v", "index.verb"), ("n", "index.noun")):
        with open(os.path.join(wn, fname), encoding="latin-1") as f:
            for line in f:
                if line.startswith("  "):
                    continue
                parts = line.split()
                lemma, count, nptr = parts[0], int(parts[2]), int(parts[3])
                offsets = parts[4 + nptr + 2:]
                senses[(pos, lemma)] = offsets[:count]
    past = {}
    with open(os.path.join(wn, "verb.exc"), encoding="latin-1") as f:
        for line in f:
            form, lemma = line.split()[:2]
            if form.endswith("ed") or lemma not in past:
                if not form.endswith("ing") and not form.endswith("s"):
                    past.setdefault(lemma, form)
    return synsets, senses, past


def sense_key_rank(synsets, senses, lemma, lexfile_name, lexid):
    """1-based rank of the verb sense lemma%2:lexfile:lexid among lemma's senses, or 99."""
    for rank, off in enumerate(senses.get(("v", lemma), []), 1):
        lexname, words, _ = synsets[("v", off)]
        if lexname == lexfile_name and any(w == lemma and i == lexid for w, i in words):
            return rank
    return 99


def verb_forms(verb, exc):
    """Every written form of a verb (its first word for "step down"):
    regular inflections, with and without a doubled consonant, and WordNet's
    irregular forms."""
    v = verb.split(" ")[0]
    forms = {v, with_s(v)}
    if v.endswith(("ee", "ye", "oe")):  # agree -> agreed, agreeing
        forms.update({v + "d", v + "ing"})
    elif v.endswith("e"):
        forms.update({v + "d", v[:-1] + "ing"})
    elif v.endswith("ie"):
        forms.update({v + "d", v[:-2] + "ying"})
    elif re.search(r"[^aeiou]y$", v):
        forms.update({v[:-1] + "ied", v + "ing"})
    else:
        forms.update({v + "ed", v + "ing"})
        if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", v):  # ban -> banned, ship -> shipping
            forms.update({v + v[-1] + "ed", v + v[-1] + "ing"})
    forms.update(exc.get(v, ()))
    return forms


def with_s(word):
    """A noun's plural, a verb's third person: "crash" -> "crashes", "fly" -> "flies"."""
    if re.search(r"(s|x|z|ch|sh)$", word):
        return word + "es"
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    return word + "s"


def noun_forms(noun, exc):
    last = noun.split(" ")[-1]
    return {last, with_s(last)} | set(exc.get(last, ()))


def read_exceptions(wn, fname):
    """lemma -> its irregular forms (WordNet's verb.exc, noun.exc)."""
    out = collections.defaultdict(set)
    with open(os.path.join(wn, fname), encoding="latin-1") as f:
        for line in f:
            parts = line.split()
            for lemma in parts[1:]:
                out[lemma].add(parts[0])
    return out


def past_form(lemma, past, cameo_forms):
    head, _, rest = lemma.partition(" ")
    form = None
    for f in cameo_forms.get(head, []):
        if f.endswith("ED") or (head in past and f.lower() == past[head]):
            form = f.lower()
            break
    if form is None:
        form = past.get(head)
    if form is None and head in SAME_PAST:
        form = head
    if form is None:
        if head.endswith("e"):
            form = head + "d"
        elif re.search(r"[^aeiou]y$", head):
            form = head[:-1] + "ied"
        else:
            form = head + "ed"
    return form + (" " + rest if rest else "")


def read_cameo(path):
    """Verb lemma -> code, (lemma, object words) -> code, lemma -> inflected forms."""
    verbs, patterns, forms = {}, {}, {}
    block_code, block_verbs = None, []
    code_re = re.compile(r"\[([0-9:\-]*)\]")

    def code_of(text):
        m = code_re.search(text)
        if not m:
            return None
        c = m.group(1).split(":")[0]
        return c if c and c != "---" and c.isdigit() else None

    in_verbs = False
    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.split("#")[0].rstrip()
            if raw.startswith("####### VERB PATTERNS"):
                in_verbs = True
                continue
            if not in_verbs or not line.strip():
                continue
            if line.startswith("---"):
                block_code = code_of(line)
                block_verbs = []
                continue
            if line.startswith("-"):
                code = code_of(line)
                body = code_re.sub("", line[1:]).strip()
                m = re.fullmatch(r"\*\s+(?:\((?:[A-Z]+)\s+)?([A-Z]+)\)?", body)
                # The comment names the verb the pattern was written for.
                found_with = raw.split("#")[1].strip().lower() if "#" in raw else ""
                owners = [v for v in block_verbs if v == found_with] or block_verbs
                if code and m:
                    for v in owners:
                        patterns.setdefault((v, m.group(1).lower()), code)
                continue
            m = re.match(r"\s*(\+?)([A-Z][A-Z_\-]*)\s*(\{[^}]*\})?(.*)$", line)
            if not m:
                continue
            plus, word, inflected, rest = m.groups()
            word = word.lower().strip("_")
            if plus:
                parts = word.split("_")
                # Verb + particle ("shoot down", "wipe out"); verb + preposition
                # phrases are the verb alone.
                if len(parts) != 2 or parts[1] not in ("down", "out", "up", "off", "over"):
                    continue
                word = " ".join(parts)
            elif "_" in word:
                continue
            block_verbs.append(word)
            if inflected:
                forms[word.split(" ")[0]] = [x.lstrip("+").split("_")[0] for x in inflected.strip("{}").split()]
            code = code_of(rest) or block_code
            if code:
                verbs.setdefault(word, code)
    return verbs, patterns, forms


def type_of_code(code):
    for n in (4, 3):
        if code[:n] in CODE_TYPES and len(code) >= n:
            return CODE_TYPES[code[:n]]
    return ROOT_TYPES.get(code[:2], "other")


def read_verbnet(folder, synsets, senses):
    """Verb lemma -> VerbNet class of CLASS_TYPES, for members in their most frequent sense."""
    out = {}
    for path in sorted(glob.glob(os.path.join(folder, "*.xml"))):
        root = ET.parse(path).getroot()
        top = root.get("ID")
        if top not in CLASS_TYPES:
            continue
        for member in root.iter("MEMBER"):
            lemma = member.get("name").replace("_", " ")
            if " " in lemma:
                continue
            keys = (member.get("wn") or "").split()
            ok = False
            for key in keys:
                m = re.fullmatch(r"([^%]+)%2:(\d\d):(\d\d)", key.lstrip("?"))
                if not m:
                    continue
                lexname = ["verb.body", "verb.change", "verb.cognition", "verb.communication",
                           "verb.competition", "verb.consumption", "verb.contact", "verb.creation",
                           "verb.emotion", "verb.motion", "verb.perception", "verb.possession",
                           "verb.social", "verb.stative", "verb.weather"][int(m.group(2)) - 29]
                if sense_key_rank(synsets, senses, m.group(1), lexname, int(m.group(3))) == 1:
                    ok = True
            if ok:
                out.setdefault(lemma, top)
    return out


def derived_nouns(synsets, senses, verb, want_communication):
    """Nouns derived from the verb's most frequent sense whose own first sense is an event."""
    offsets = senses.get(("v", verb.split(" ")[0]), [])
    if not offsets or " " in verb:
        return []
    lexname, words, derivs = synsets[("v", offsets[0])]
    out = []
    index = [w for w, _ in words].index(verb) + 1 if verb in [w for w, _ in words] else 0
    for ppos, off, src, _ in derivs:
        if ppos != "n" or (src not in (0, index)):
            continue
        nlex, nwords, _ = synsets[("n", off)]
        for w, _ in nwords:
            if "_" in w or w == verb or not w.isalpha():
                continue
            first = senses.get(("n", w), [])
            if not first or first[0] != off:
                continue
            if nlex in NOUN_CLASSES or (want_communication and nlex == "noun.communication"):
                out.append(w)
    return sorted(set(out))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lexicons", required=True, help="../shared/lexicons")
    ap.add_argument("--wordnet", default="/usr/share/wordnet")
    args = ap.parse_args()
    synsets, senses, past = read_wordnet(args.wordnet)
    cameo_verbs, cameo_patterns, cameo_forms = read_cameo(os.path.join(args.lexicons, "petrarch2", "CAMEO.2.0.txt"))
    vn = read_verbnet(os.path.join(args.lexicons, "verbnet"), synsets, senses)

    rows = {}  # (lemma, pos, object) -> (type, cameo, predicate, source)
    # VerbNet names the kind of event (sue: a charge), CAMEO its code (173).
    for verb, cls in vn.items():
        if verb in LIGHT and verb not in NEWS_ANYWAY:
            continue
        etype, code = CLASS_TYPES[cls]
        source = "verbnet " + cls
        if verb in cameo_verbs:
            # Where CAMEO files the verb under another root than the class's
            # ("fight" is meet-36.3 in VerbNet, 190 in CAMEO), CAMEO's code
            # names the kind of event too.
            if code and cameo_verbs[verb][:2] != code[:2]:
                etype = type_of_code(cameo_verbs[verb])
            code, source = cameo_verbs[verb], source + ", cameo"
        rows[(verb, "verb", "-")] = (etype, code or "-", past_form(verb, past, cameo_forms), source)
    for verb, code in cameo_verbs.items():
        if (verb in LIGHT and verb not in NEWS_ANYWAY) or (verb, "verb", "-") in rows:
            continue
        rows[(verb, "verb", "-")] = (type_of_code(code), code, past_form(verb, past, cameo_forms), "cameo")
    # The news families come first: their type is what news means by the word.
    family = {}
    for etype, seeds in FAMILY_SEEDS.items():
        for seed in seeds.split():
            pos, lemma = seed.split(":")
            lemma, _, rank = lemma.partition("#")  # "n:crash#2": the accident, not the noise
            offsets = senses.get((pos, lemma), [])
            rank = int(rank or 1)
            if len(offsets) < rank:
                continue
            synset = offsets[rank - 1]
            kind = "verb" if pos == "v" else "noun"
            family.setdefault((lemma.replace("_", " "), kind), (etype, lemma))
            _, words, _ = synsets[(pos, synset)]
            for w, _ in words:
                first = senses.get((pos, w), [])
                # A synonym in its own first sense, one word or a verb and its particle.
                parts = w.split("_")
                if not first or first[0] != synset or not w.replace("_", "").isalpha():
                    continue
                if len(parts) > 2 or (len(parts) == 2 and (pos != "v" or parts[1] not in PARTICLES)):
                    continue
                if w not in LIGHT:
                    family.setdefault((w.replace("_", " "), kind), (etype, lemma))
            if pos == "v":
                for noun in derived_nouns(synsets, senses, lemma, False):
                    if not noun.endswith("ing"):  # "going", "getting": the verb's gerund as a noun
                        family.setdefault((noun, "noun"), (etype, lemma))
    for (lemma, pos), (etype, seed) in sorted(family.items()):
        old_row = rows.get((lemma, pos, "-"))
        code = old_row[1] if old_row else "-"
        # A noun takes the predicate of its verb seed; a noun seed has none ("a funeral").
        seed_is_verb = ("v", seed) in senses and "v:" + seed in FAMILY_SEEDS[etype]
        predicate = past_form(lemma if pos == "verb" else seed, past, cameo_forms) \
            if pos == "verb" or seed_is_verb else "-"
        rows[(lemma, pos, "-")] = (etype, code, predicate, "wordnet family " + etype)
    for (_, lemma), offsets in sorted(senses.items()):
        if _ != "v" or "_" in lemma or lemma in LIGHT or (lemma, "verb", "-") in rows or not offsets:
            continue
        lexname = synsets[("v", offsets[0])][0]
        if lexname in LEXNAME_TYPES:
            rows[(lemma, "verb", "-")] = (LEXNAME_TYPES[lexname], "-", past_form(lemma, past, cameo_forms),
                                          "wordnet " + lexname)
    for (lemma, pos, obj), row in list(rows.items()):
        if lemma in TYPE_OVERRIDES:
            rows[(lemma, pos, obj)] = (TYPE_OVERRIDES[lemma],) + row[1:]
    # The hand-checked nouns of event_triggers.txt by lemma too, so that the
    # parse reads their arguments ("held talks with X during a visit to Y").
    triggers = os.path.join(os.path.dirname(os.path.abspath(__file__)), "event_triggers.txt")
    with open(triggers, encoding="utf-8") as f:
        for line in f:
            fields = [x.strip() for x in line.split("|")]
            if line.startswith("#") or len(fields) < 5 or fields[3] != "noun" or " " in fields[0]:
                continue
            # The token reading takes "strikes" for an attack only with a
            # target or a weapon before it (a labor strike is none): not here.
            if fields[0] in WINDOW_ONLY:
                continue
            word = fields[0]
            lemma = word
            for plural, singular in (("ies", "y"), ("es", ""), ("s", "")):
                if word.endswith(plural) and ("n", word[: len(word) - len(plural)] + singular) in senses:
                    lemma = word[: len(word) - len(plural)] + singular
                    break
            code = fields[2] if fields[2] != "-" else "-"
            rows.setdefault((lemma, "noun", "-"), (fields[1], code, fields[4], "event_triggers.txt"))
    # The hand-checked verbs of event_triggers.txt by lemma too ("rejected",
    # "agreed", "sanctioned": CAMEO lists some only in patterns or under a
    # root of no code), so that the parse reads them where the token scan
    # finds no named actor beside them ("The union rejected a proposal").
    verb_exc = read_exceptions(args.wordnet, "verb.exc")
    with open(triggers, encoding="utf-8") as f:
        for line in f:
            fields = [x.strip() for x in line.split("|")]
            if line.startswith("#") or len(fields) < 5 or fields[3] != "verb" or " " in fields[0]:
                continue
            candidates = [fields[0]] + [fields[0][: -len(end)] + add for end, add in VERB_ENDINGS
                                        if fields[0].endswith(end)]
            lemma = next((c for c in candidates if ("v", c) in senses and fields[0] in verb_forms(c, verb_exc)), None)
            if lemma is None:
                continue
            code = fields[2] if fields[2] != "-" else "-"
            rows.setdefault((lemma, "verb", "-"), (fields[1], code, fields[4], "event_triggers.txt"))
    # Verbs of saying the sources know only in older senses (WordNet's
    # "tweet" is a bird's chirp): a statement when an actor says them.
    for verb, past_tense in NEWER_SPEECH_VERBS.items():
        rows[(verb, "verb", "-")] = ("statement", "010", past_tense, "news usage")
    for (verb, obj), etype in OBJECT_PATTERNS.items():
        rows[(verb, "verb", obj)] = (etype, "-", past_form(verb, past, cameo_forms), "object pattern")
    for (noun, modifier), etype in NOUN_PATTERNS.items():
        rows[(noun, "noun", modifier)] = (etype, "-", "-", "modifier pattern")
    for (verb, obj), code in cameo_patterns.items():
        if " " in verb:
            continue
        rows.setdefault((verb, "verb", obj), (type_of_code(code), code, past_form(verb, past, cameo_forms), "cameo pattern"))
    for (verb, pos, obj), (etype, code, pred, source) in list(rows.items()):
        # Nouns come from the verbs the event resources list, not from the
        # broad WordNet classes ("obligate" would make "obligations" an event).
        if pos != "verb" or obj != "-" or source.startswith("wordnet"):
            continue
        for noun in derived_nouns(synsets, senses, verb, etype == "statement"):
            # "attack" the noun is the attack the verb names, whatever verb led to it.
            same = rows.get((noun, "verb", "-"))
            if same:
                rows.setdefault((noun, "noun", "-"), same[:3] + ("wordnet, as the verb",))
            else:
                rows.setdefault((noun, "noun", "-"), (etype, code, pred, "wordnet from " + verb))

    out = sys.stdout
    out.write("# event_lexicon.txt: event words read through the parse (lemmas), GENERATED by\n")
    out.write("#   python3 data/make_event_lexicon.py --lexicons ../shared/lexicons --wordnet /usr/share/wordnet\n")
    out.write("# Do not edit: change the script or data/event_triggers.txt (hand-checked phrases, read first).\n")
    out.write("# Fields: lemma | part of speech | type (docs/event_types.md) | CAMEO code or - |\n")
    out.write("#         relation predicate from agent to patient | object lemma the code needs (for a noun,\n")
    out.write("#         its modifier's: \"job\" of \"job cuts\"), or - | source |\n")
    out.write("#         written forms (which sentences may hold the word: those are parsed)\n")
    out.write("# Sources and notices (full licence texts in data/README.md):\n")
    out.write("#   PETRARCH2 CAMEO.2.0.txt: Copyright (c) 2014-2015 Open Event Data Alliance, MIT License.\n")
    out.write("#   VerbNet 3.4: VerbNet 3.0 (or 3.X) Copyright 2009 by University of Colorado. All rights reserved.\n")
    out.write("#     Used under the VerbNet 3.0 License. Kipper, Korhonen, Ryant, Palmer, A Large-scale\n")
    out.write("#     Classification of English Verbs, Language Resources and Evaluation 42(1), 21-40, 2008.\n")
    out.write("#   WordNet 3.0: Copyright 2006 by Princeton University. All rights reserved. WordNet 3.0 licence.\n")
    verb_exc = read_exceptions(args.wordnet, "verb.exc")
    noun_exc = read_exceptions(args.wordnet, "noun.exc")
    for (lemma, pos, obj), (etype, code, pred, source) in sorted(rows.items()):
        written = verb_forms(lemma, verb_exc) if pos == "verb" else noun_forms(lemma, noun_exc)
        forms = " ".join(sorted(written))
        out.write(" | ".join([lemma, pos, etype, code, pred, obj, source, forms]) + "\n")


if __name__ == "__main__":
    main()
