#!/usr/bin/env python3
"""Writes wordnet_pos.tsv: each single word of WordNet 3.0 with its parts of
speech, and its irregular inflected forms, for the tagger's unknown words.

Usage: python3 data/syntax/make_wordnet_pos.py [/usr/share/wordnet] > data/syntax/wordnet_pos.tsv
(WordNet 3.0 is Debian's wordnet-base package.)

Each line: word TAB bits, where the bits are
  1 noun, 2 verb, 4 adjective, 8 adverb (the word is a lemma of that part of speech)
  16 an irregular noun plural (noun.exc: "geese"), 64 an irregular verb form
  (verb.exc: "went", "broken"), 256 an irregular comparative or superlative
  (adj.exc: "better").
Regular inflections ("bombs", "bombed", "bombing", "larger") are not listed:
the tagger finds their lemma by stripping the ending at run time.
"""
import os
import sys

WORDNET_NOTICE = """# Derived from WordNet 3.0 (Debian package wordnet-base) by make_wordnet_pos.py.
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT
# LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT-
# ABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED
# SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS,
# COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.
# The name of Princeton University or Princeton may not be used in advertising or
# publicity pertaining to distribution of the software and/or database. Title to
# copyright in this software, database and any associated documentation shall at all
# times remain with Princeton University and LICENSEE agrees to preserve same.
# (Full licence: /usr/share/doc/wordnet-base/copyright, or data/README.md.)"""

POS_BITS = {"noun": 1, "verb": 2, "adj": 4, "adv": 8}
EXC_BITS = {"noun": 16, "verb": 64, "adj": 256, "adv": 8}


def plain(word):
    return word.isascii() and "_" not in word and word.replace("-", "").replace("'", "").replace(".", "").isalpha()


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
    bits = {}
    for pos, bit in POS_BITS.items():
        with open(os.path.join(root, "index." + pos), encoding="latin-1") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                word = line.split(" ", 1)[0]
                if plain(word):
                    bits[word] = bits.get(word, 0) | bit
    for pos, bit in EXC_BITS.items():
        with open(os.path.join(root, pos + ".exc"), encoding="latin-1") as f:
            for line in f:
                form = line.split(" ", 1)[0]
                if plain(form):
                    bits[form] = bits.get(form, 0) | bit
    print(WORDNET_NOTICE)
    for word in sorted(bits):
        print("%s\t%d" % (word, bits[word]))


if __name__ == "__main__":
    main()
