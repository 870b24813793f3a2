// Events read through the dependency parse, as tables run through the whole
// pipeline: the event lexicon and the types it gives, arguments and actors,
// roles and relations, places (dates, modality and mentions are in
// parsed_event_mentions_test.cc). Texts written for these tests; every
// expectation was checked by reading the sentence (parsed_events_rows.h:
// published Wednesday 2015-11-18).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "extract/events/event_lexicon.h"
#include "extract/events/parsed_predicates.h"
#include "extract/pipeline.h"
#include "extract/syntax/syntax_model.h"
#include "tests/extract/parsed_events_rows.h"

namespace eventgraph {
namespace {

TEST_CASE("the event lexicon: types and codes from CAMEO, VerbNet and WordNet") {
  const EventLexicon& lex = EventLexicon::get();
  struct Row {
    const char* lemma;
    const char* object;
    bool verb;
    const char* type;  // "" when the word names no event
    const char* cameo;
  };
  const Row rows[] = {
      {"attack", "", true, "attack", "190"},          // CAMEO's ATTACK block
      {"sue", "", true, "lawsuit", "173"},            // the news family; CAMEO's code kept
      {"file", "bankruptcy", true, "bankruptcy", ""}, // a verb and object pattern
      {"file", "", true, "", ""},                     // filing alone is nothing
      {"cut", "job", true, "layoff", ""},             // "cut jobs"
      {"impose", "", true, "coercion", "170"},        // CAMEO 17: coerce
      {"extradite", "", true, "extradition", "063"},
      {"resign", "", true, "resignation", "083"},
      {"be", "", true, "", ""},                       // too light to name anything
      {"arrival", "", false, "arrival", ""},          // noun from WordNet's arrive
      {"funeral", "", false, "death", ""},
      {"merger", "", false, "merger", ""},
      {"table", "", false, "", ""},
      {"reject", "", true, "rejection", "12"},        // a hand-checked trigger CAMEO lists under no code
      {"sanction", "", true, "sanction", "16"},
      {"select", "", true, "selection", ""},
      {"tweet", "", true, "statement", "010"},        // a verb of saying WordNet knows as a bird's
      {"subpoena", "", true, "investigation", ""},    // the investigation family
      {"cause", "", true, "", ""},                    // too general: "caused", "prompted", "involved" tell no act
      {"involve", "", true, "", ""},
      {"rise", "", true, "", ""},                     // a market's move, not a journey (VerbNet's escape class)
  };
  for (const Row& row : rows) {
    CAPTURE(std::string(row.lemma));
    CAPTURE(std::string(row.object));
    const EventWord* w = row.verb ? lex.verb(row.lemma, row.object) : lex.noun(row.lemma);
    if (*row.type == 0) {
      CHECK(w == nullptr);
      continue;
    }
    REQUIRE(w != nullptr);
    CHECK(w->type == row.type);
    CHECK(w->cameo == row.cameo);
  }
  const EventWord* step_down = lex.phrasal_verb("step", "down");
  REQUIRE(step_down != nullptr);
  CHECK(step_down->type == "resignation");
}

// A sentence analysed by hand, "form/lemma/UPOS/head/relation" per word
// (heads count from 1, 0 is the root), so that the reading of the tree is
// tested apart from the tagger and parser.
syntax::SentenceSyntax hand_parse(const std::vector<std::string>& words, std::vector<std::string>& store) {
  store.clear();
  for (const std::string& w : words) {
    size_t a = 0;
    for (int field = 0; field < 5; ++field) {
      const size_t b = w.find('/', a);
      store.push_back(w.substr(a, b == std::string::npos ? std::string::npos : b - a));
      a = b + 1;
    }
  }
  syntax::SentenceSyntax s;
  for (size_t i = 0; i < words.size(); ++i) {
    syntax::SyntaxWord x;
    x.form = store[5 * i];
    x.lemma = store[5 * i + 1];
    x.upos = syntax::upos_from_name(store[5 * i + 2]);
    x.head = std::stoi(store[5 * i + 3]) - 1;
    x.deprel = store[5 * i + 4];
    s.words.push_back(x);
  }
  return s;
}

TEST_CASE("reading a tree analysed by hand") {
  std::vector<std::string> store;
  store.reserve(64);  // views into it must stay put
  // "Diplomats attended a Syria conference": a name before a meeting is its topic.
  const syntax::SentenceSyntax topic = hand_parse(
      {"Diplomats/diplomat/NOUN/2/nsubj", "attended/attend/VERB/0/root", "a/a/DET/5/det", "Syria/Syria/PROPN/5/compound",
       "conference/conference/NOUN/2/obj"},
      store);
  bool found = false;
  for (const Predicate& p : read_predicates(topic, EventLexicon::get())) {
    if (p.word != 4) continue;
    found = true;
    REQUIRE(p.arguments.size() >= 1);
    CHECK(p.arguments[0].word == 3);
    CHECK(std::string(p.arguments[0].role) == "participant");
  }
  CHECK(found);
  // "Russian strikes on Raqqa": a proper adjective acts, "on" is the target.
  std::vector<std::string> store2;
  store2.reserve(64);
  const syntax::SentenceSyntax strikes = hand_parse(
      {"Russian/Russian/ADJ/2/amod", "attacks/attack/NOUN/0/root", "on/on/ADP/4/case", "Raqqa/Raqqa/PROPN/2/nmod"}, store2);
  const std::vector<Predicate> read = read_predicates(strikes, EventLexicon::get());
  REQUIRE(read.size() == 1);
  REQUIRE(read[0].arguments.size() == 2);
  CHECK(std::string(read[0].arguments[0].role) == "agent");
  CHECK(read[0].arguments[0].word == 0);
  CHECK(std::string(read[0].arguments[1].role) == "patient");
  CHECK(read[0].arguments[1].word == 3);
}

TEST_CASE("the news families CAMEO lacks, by type") {
  struct Row {
    const char* text;
    const char* trigger;  // the event's trigger or one of its mentions
    const char* type;
  };
  const Row rows[] = {
      {"Turkey shot down a Russian jet on Tuesday.", "shot down", "crash"},
      {"Boeing delivered the aircraft to Qantas on Monday.", "delivered", "delivery"},
      {"Britain handed over Hong Kong to China on Monday.", "handed over", "handover"},
      {"Putin arrived in Paris on Monday.", "arrived", "arrival"},
      {"The United Nations adopted a resolution on Syria on Monday.", "adopted", "resolution"},
      {"Russia and Ukraine signed a truce on Monday.", "truce", "ceasefire"},
      {"Scotland held a referendum on Monday.", "referendum", "election"},
      {"Turkey foiled a coup attempt on Monday.", "coup", "coup"},
      {"Prosecutors charged Boeing with fraud on Monday.", "charged", "charge"},
      {"Thousands attended the funeral of Nelson Mandela on Monday.", "funeral", "death"},
      {"Apple announced a share buyback on Monday.", "buyback", "buyback"},
      {"Toyota sold its stake in Tesla on Monday.", "stake", "stake sale"},
      {"Samsung sued Apple on Monday.", "sued", "lawsuit"},
      {"Ford posted a quarterly loss on Monday.", "loss", "loss"},
      {"Ford laid off 3,000 workers on Monday.", "laid off", "layoff"},
      {"Chrysler filed for bankruptcy on Monday.", "filed", "bankruptcy"},
      {"Britain extradited Assange to the United States on Monday.", "extradited", "extradition"},
      {"A court convicted Navalny on Monday.", "convicted", "conviction"},
      {"Obama appointed Yellen on Monday.", "appointed", "appointment"},
      {"Cameron resigned on Monday.", "resigned", "resignation"},
      {"Mandela died on Monday.", "died", "death"},
      {"Exxon acquired Mobil on Monday.", "acquired", "acquisition"},
      {"Moody's downgraded Greece on Monday.", "downgraded", "rating change"},  // the lemmatizer says "downgrad"
      {"Putin called for a broad coalition on Monday.", "called for", "demand"},  // the phrase, read on the tokens
      {"A stampede near Mecca killed 345 pilgrims on Monday.", "stampede", "disaster"},
      {"A hotel collapsed in Mecca on Monday.", "collapsed", "disaster"},
      {"Ford announced 3,000 job cuts on Monday.", "cuts", "layoff"},                  // a noun and its modifier
      {"The Federal Reserve announced a rate cut on Monday.", "cut", "rate change"},
      {"North Korea placed its military on high alert on Friday.", "placed", "deployment"},  // "put", CAMEO's, too
      {"General Motors selected Penske on Monday.", "selected", "selection"},
      // A body of people named by its trade acts; a strike with no target is a walkout, not an attack.
      {"Workers held strikes over pay on Monday.", "held", "protest"},
      {"Bank workers voted to strike on Monday.", "strike", "protest"},
      {"The union began a strike at Ford on Monday.", "strike", "protest"},      // the noun: a walkout
      {"Syria said a strike on Raqqa killed ten on Monday.", "strike", "attack"},  // with a target
      {"Russia condemned a drone strike in Donetsk on Monday.", "strike", "attack"},  // from the air
      {"Obama called Putin on Monday.", "called", "meeting"},                     // bare "call": a telephone call
      {"Merkel called the ruling dangerous on Monday.", "called", "statement"},   // with a second predicate: describes
      {"Scotland's referendum was held on Sunday.", "held", "election"},          // a holding verb is the noun's mention
      {"The request was filed by Germany on Monday.", "request", "demand"},
      {"Ford met Toyota. The company rejected the offer on Monday.", "rejected", "rejection"},  // no name beside it
      {"Dan Moreno walked into the station and turned himself in on Monday.", "turned himself in", "arrest"},
      {"Ford fired Jim Smith on Monday.", "fired", "dismissal"},               // from a post
      {"General Motors filed for bankruptcy protection on June 1.", "filed", "bankruptcy"},  // the oblique's compound
      {"Toyota recalled 6.5 million vehicles on Friday.", "recalled", "recall"},
      {"Hamas fired rockets at Israel on Sunday.", "fired", "attack"},         // a weapon
      {"The army of Mali seized power on Wednesday.", "seized", "coup"},        // "seize power"
      {"Cholera broke out in Haiti on Monday.", "broke out", "outbreak"},
      {"The Supreme Court struck down the law on Monday.", "struck", "ruling"},  // a particle read as a preposition
      {"A Greek court has ruled that the ban was illegal.", "ruled", "ruling"},
      {"Hundreds of migrants drowned off Libya on Sunday.", "drowned", "death"},
      {"Putin flew to Paris on Monday.", "flew", "travel"},
      {"Justin Trudeau was sworn in as prime minister on Wednesday.", "sworn in", "appointment"},  // not cursing
      {"The Liberal Party won 184 seats on Monday.", "won", "election"},
      {"Serena Williams won the match on Monday.", "won", "victory"},
      {"Aung San Suu Kyi's party won a landslide victory on Sunday.", "victory", "victory"},
      {"Farmers demonstrated in Paris on Monday.", "demonstrated", "protest"},
      {"Apple demonstrated iOS 5 in San Francisco on Monday.", "demonstrated", "launch"},  // showing a thing
  };
  for (const Row& row : rows) {
    CAPTURE(std::string(row.text));
    const Read read = read_event(row.text, row.trigger);
    CAPTURE(describe(read.x));
    const Event* e = read.event;
    CHECK(e->type == row.type);
  }
}

TEST_CASE("arguments from the parse: active, passive, nominal, coordination, control") {
  struct Row {
    const char* text;
    const char* trigger;
    const char* entity;
    const char* role;
  };
  const Row rows[] = {
      {"Boeing sued Airbus on Monday.", "sued", "org:boeing", "agent"},                   // subject
      {"Boeing sued Airbus on Monday.", "sued", "org:airbus", "patient"},                 // object
      {"Airbus was sued by Boeing on Tuesday.", "sued", "org:boeing", "agent"},           // passive "by"
      {"Airbus was sued by Boeing on Tuesday.", "sued", "org:airbus", "patient"},         // passive subject
      {"Boeing's purchase of Airbus shocked investors.", "purchase", "org:boeing", "agent"},   // possessor
      {"Boeing's purchase of Airbus shocked investors.", "purchase", "org:airbus", "patient"}, // "of"
      {"Toyota and Ford sued Boeing.", "sued", "org:toyota", "agent"},                     // conjoined subjects
      {"Toyota and Ford sued Boeing.", "sued", "org:ford", "agent"},
      {"Boeing sued Toyota and Ford.", "sued", "org:ford", "patient"},                     // conjoined objects
      {"Apple released a phone and sued Google.", "sued", "org:apple", "agent"},           // a conjunct's subject
      {"Putin ordered Russia to attack Raqqa.", "attack", "country:RUS", "agent"},         // object control
      {"That was the reason for Boeing to attack Airbus.", "attack", "org:boeing", "agent"},  // "for X to" do it
      {"Penske was selected to buy Saturn on Monday.", "buy", "org:penske", "agent"},     // a passive controller's subject
      {"Penske was selected to buy Saturn on Monday.", "buy", "org:saturn", "patient"},
      {"Toyota wants to be sued in Japan.", "sued", "org:toyota", "patient"},              // a passive infinitive
      {"Ford posted a loss on Tuesday.", "loss", "org:ford", "agent"},                     // a light verb's subject
      {"Apple co-founder Steve Jobs resigned on Monday.", "resigned", "person:steve_jobs", "agent"},  // the last name of a run
      // "its" is the sentence's subject before it, not the last country named (Syria).
      {"Russia, which has bases in Syria, said its jets attacked Raqqa.", "attacked", "country:RUS", "agent"},
      {"Ford said on Monday that it had cut 3,000 jobs.", "cut", "org:ford", "agent"},    // "it": the last company
      {"Toyota reported record sales. The company cut 2,000 jobs.", "cut", "org:toyota", "agent"},  // "the company"
      // Opening a sentence, "it" goes on with the last sentence's first actor of its kind, not the nearest.
      {"Toyota signed a deal with Ford and Boeing. It also sued Airbus on Monday.", "sued", "org:toyota", "agent"},
      {"Toyota signed a deal with Ford and Boeing on Monday. The plant will close, it said.", "said", "org:toyota",
       "agent"},  // "..., it said": the reporter is the topic too
      // "The South" of a divided country the document names is that half.
      {"North Korea fired shells at South Korea on Thursday. The South retaliated on Friday.", "retaliated",
       "country:KOR", "agent"},
      // A report closing the sentence after a comma, whose subject the parser hung elsewhere.
      {"Chile will back Peru's bid to raise its quota above 200,000 barrels per day because it is a fair demand, "
       "Chilean Energy Minister Pablo Ruiz Tagle said on Monday.",
       "said", "person:pablo_ruiz_tagle", "agent"},
      {"Sony plans to launch a 15-mln-dlr project here soon to produce tapes mainly for export, Chira Phanupong, "
       "head of Thailand's Board of Investment, said.",
       "said", "person:chira_phanupong", "agent"},  // the phrase before an apposition
      {"The US claimed that Russia had attacked Ukraine.", "attacked", "country:USA", "source"},    // the speaker
      {"The US claimed that Russia had attacked Ukraine.", "claimed", "country:USA", "agent"},      // and a statement
      // Wire markup around a name is no word of the sentence; "plans" after a name is a verb.
      {"<Sony Corp> of Japan plans to build a plant here soon to produce tapes for export, an official said.", "build",
       "org:sony", "agent"},
      // A possessive pronoun of a light verb's noun is the verb's subject: no actor of its own.
      {"The Fed met on Monday. Samsung sold its stake in ASML on Tuesday.", "stake", "org:samsung", "agent"},
      {"The Fed met on Monday. Samsung sold its stake in ASML on Tuesday.", "stake", "org:federal_reserve", ""},
      // A definite noun stands for the last organization whose name holds it.
      {"The Letter Carriers Union of Canada met on Monday. The postal union sued Canada Post on Tuesday.", "sued",
       "org:letter_carriers_union_of_canada", "agent"},
      {"The Energy and Commerce Subcommittee on Commerce met on Monday. The subcommittee voted on Tuesday.", "voted",
       "org:energy_and_commerce_subcommittee_on_commerce", "agent"},
      // A state's own body stands for its possessor, in any role.
      {"Iran tested a missile. The country's military was placed on high alert.", "placed", "country:IRN", "patient"},
      // A title the tagger calls a proper noun heads the subject; the name is its "of" modifier.
      {"Minister of Education Marta Kowalska said a reform is needed.", "said", "person:marta_kowalska", "agent"},
      // A name in apposition acts, not the possessor of the noun it names.
      {"Anna Kowalska was arrested on Monday. Her father Piotr Nowak said she was innocent.", "said",
       "person:piotr_nowak", "agent"},
      {"Ahmed Mohamed was arrested. His father Mohamed El-Hassan Mohamed said so.", "said",
       "person:mohamed_hassan_mohamed", "agent"},  // parsed as two subjects
      {"Ahmed Mohamed was arrested. His father Mohamed El-Hassan Mohamed said so.", "said", "person:ahmed_mohamed",
       ""},  // the possessor is not a participant
      {"Anna Kowalska was arrested on Monday. Her father Piotr Nowak said she was innocent.", "said",
       "person:anna_kowalska", ""},
      // Who judges an event, or tells of it, does not do it.
      {"Farmers marched in Paris on Monday. The Straits Times noted the protests.", "protests",
       "org:straits_times", ""},
      {"Boeing sued Airbus on Monday. Toyota condemned the lawsuit on Tuesday.", "condemned", "org:toyota", "agent"},
      // A name set beside a common noun is who it is, before the noun's adjective.
      {"Initially, the Italian company, Fiat SpA, will appoint three members.", "appoint", "org:fiat", "agent"},
      // A definite noun with a name of its own is that name's: not the last company told ("carrier").
      {"Air France said so. The French aircraft carrier Charles de Gaulle left Toulon on Wednesday.", "left",
       "country:FRA", "agent"},
      // Saying verbs the older resources lack, in a sentence with no other event word.
      {"NASA tweeted support of the boy.", "tweeted", "org:nasa", "agent"},
      {"Senator Mary Landrieu commented, \"Hoping for the best.\"", "commented", "person:mary_landrieu", "agent"},
      // A saying verb right after a name, which the parser hung on another root.
      {"American academic and professor Marc Lamont Hill commented, \"Hoping for the best.\"", "commented",
       "person:marc_lamont_hill", "agent"},
  };
  for (const Row& row : rows) {
    CAPTURE(std::string(row.text));
    const Read read = read_event(row.text, row.trigger);
    CAPTURE(describe(read.x));
    const Event* e = read.event;
    CHECK(role_of(*e, row.entity) == row.role);
  }
}

TEST_CASE("actors the lexicons do not know, named by the parse") {
  struct Row {
    const char* text;
    const char* trigger;
    const char* entity;  // the new entity's id
    const char* role;    // its role, or "place"
  };
  const Row rows[] = {
      {"Zentrix sued Apple on Monday.", "sued", "org:zentrix", "agent"},                     // a name alone: a company
      {"Apple sued Zentrix on Monday.", "sued", "org:zentrix", "patient"},
      {"John Kowalczyk resigned on Monday.", "resigned", "person:john_kowalczyk", "agent"},  // a given name first
      {"Gunmen attacked Zentrix Square on Monday.", "attacked", "location:zentrix_square", "place"},  // a place word last
      // Words no dictionary knows, and "he" near: a person; "its": a company.
      {"Zoltan Boesze resigned on Monday. He had led the bank since 1990.", "resigned", "person:zoltan_boesze", "agent"},
      {"Cheung Kong sued Apple on Monday. Its shares rose.", "sued", "org:cheung_kong", "agent"},
  };
  for (const Row& row : rows) {
    CAPTURE(std::string(row.text));
    const Read read = read_event(row.text, row.trigger);
    CAPTURE(describe(read.x));
    const Event* e = read.event;
    if (std::string(row.role) == "place") {
      CHECK(e->location == row.entity);
    } else {
      CHECK(role_of(*e, row.entity) == row.role);
    }
    CHECK(std::any_of(read.x.entities.begin(), read.x.entities.end(), [&](const Entity& n) { return n.id == row.entity; }));
  }
  // A lower-case product name and a common noun opening a sentence are no actors.
  const Extraction product = run("Apple released iPhone on Monday.");
  CHECK(std::none_of(product.entities.begin(), product.entities.end(), [](const Entity& n) { return n.label == "iPhone"; }));
  const Extraction gunmen = run("Gunmen attacked Zentrix Square on Monday.");
  CHECK(std::none_of(gunmen.entities.begin(), gunmen.entities.end(), [](const Entity& n) { return n.label == "Gunmen"; }));
  // A title set beside a name is the name's, not an actor of its own.
  const Extraction kerry = run("John Kerry, the Secretary of State, contacted Thailand on Monday.");
  CAPTURE(describe(kerry));
  CHECK(std::none_of(kerry.entities.begin(), kerry.entities.end(), [](const Entity& n) { return n.label == "Secretary"; }));
}

TEST_CASE("roles from appositions") {
  struct Row {
    const char* text;
    const char* person;
    const char* predicate;  // "" when no role may be read
    const char* group;
  };
  const Row rows[] = {
      {"Louis Gallois, the Airbus chief executive, said jobs would go.", "person:louis_gallois", "chief executive of", "org:airbus"},
      {"John Kowalczyk, chief executive of Zentrix, resigned.", "person:john_kowalczyk", "chief executive of", "org:zentrix"},
      {"The US commander in Iraq, General David Petraeus, met Lebanese officials.", "person:david_petraeus", "commander of", "country:USA"},
      // The description first, the person after the comma.
      {"Also the president of the Lombardy region, Roberto Maroni, has reacted.", "person:roberto_maroni", "president of", "location:lombardy"},
      {"The secretary general of CEI (Italian Episcopal Conference), Taddeo Brunvik, has called the ruling dangerous.", "person:taddeo_brunvik", "secretary-general of", "org:cei"},
      // An organization before a country: "head of Thailand's Board of Investment" heads the board.
      {"Chira Phanupong, head of Thailand's Board of Investment, said Sony would invest.", "person:chira_phanupong",
       "head of", "org:board_of_investment"},
      // "the company's chairman": the organization told of before.
      {"Germany bought shares of Airbus that belonged to the company's chairman, Tom Enders, on Monday.",
       "person:tom_enders", "chairman of", "org:airbus"},
      {"The Singapore government has taken over 82 mln dlrs worth of Goodwood Park Hotel Ltd shares and loan stock "
       "certificates belonging to the company's chairman, Khoo Teck Puat, banking sources said.",
       "person:khoo_teck_puat", "chairman of", "org:goodwood_park_hotel"},  // where the parse makes no apposition
      // A place is what a title governs only after "of".
      {"John Smith, a spokesman in London, said the talks had failed.", "person:john_smith", "", "location:london"},
      // A list, not an apposition: the title is Shoigu's.
      {"Putin, Defense Minister Sergei Shoigu and General Valery Gerasimov met.", "person:vladimir_putin", "", "country:RUS"},
  };
  for (const Row& row : rows) {
    CAPTURE(std::string(row.text));
    const Extraction x = run(row.text);
    CAPTURE(describe_relations(x));
    const bool found = std::any_of(x.relations.begin(), x.relations.end(), [&](const Relation& r) {
      return r.source == row.person && r.target == row.group && r.predicate == row.predicate;
    });
    if (*row.predicate) {
      CHECK(found);
    } else {
      CHECK(std::none_of(x.relations.begin(), x.relations.end(), [&](const Relation& r) {
        return r.source == row.person && r.predicate.ends_with(" of") && r.predicate != "president of";
      }));
    }
  }
}

TEST_CASE("relations from verbs that name no event") {
  struct Row {
    const char* text;
    const char* source;
    const char* predicate;  // "" when no relation may join the two
    const char* target;
  };
  const Row rows[] = {
      {"Toyota surpassed Volkswagen in sales in 2008.", "org:toyota", "surpassed", "org:volkswagen"},  // as told
      {"Toyota will surpass Volkswagen.", "org:toyota", "surpass", "org:volkswagen"},                 // else the lemma
      {"Toyota did not surpass Volkswagen.", "org:toyota", "", "org:volkswagen"},                      // negated
      {"Boeing had Airbus as a rival for years.", "org:boeing", "", "org:airbus"},       // "have" links nothing
  };
  for (const Row& row : rows) {
    CAPTURE(std::string(row.text));
    const Extraction x = run(row.text);
    CAPTURE(describe_relations(x));
    const auto joined = [&](const Relation& r) { return r.source == row.source && r.target == row.target; };
    if (*row.predicate) {
      CHECK(std::any_of(x.relations.begin(), x.relations.end(),
                        [&](const Relation& r) { return joined(r) && r.predicate == row.predicate; }));
    } else {
      CHECK(std::none_of(x.relations.begin(), x.relations.end(), joined));
    }
  }
}

TEST_CASE("a headline's verb the tagger took for a noun") {
  // "reports" after a name in a line with no verb: read as the verb.
  // (The actor stage keys "Zentrix Holdings" as org:zentrix, its name less the company word.)
  const Extraction x = run("Zentrix Holdings reports losses\nZentrix Holdings lost $2 billion in 2014.");
  CAPTURE(describe(x));
  const Event* reports = event_with_trigger(x, "reports");
  REQUIRE(reports != nullptr);
  CHECK(role_of(*reports, "org:zentrix") == "agent");
}

TEST_CASE("the place of a parsed event") {
  struct Row {
    const char* text;
    const char* trigger;
    const char* place;
  };
  const Row rows[] = {
      // The parse's place beats "in Iraq", which describes the commander.
      {"The US commander in Iraq, General David Petraeus, held talks with Michel Suleiman during a visit to Beirut.",
       "talks", "location:beirut"},
      {"UN inspectors examined the refineries in Iran on Monday.", "examined", "country:IRN"},  // the object's place
      {"Gunmen attacked Zentrix Square on Monday.", "attacked", "location:zentrix_square"},     // the target
  };
  for (const Row& row : rows) {
    CAPTURE(std::string(row.text));
    const Read read = read_event(row.text, row.trigger);
    CAPTURE(describe(read.x));
    const Event* e = read.event;
    CHECK(e->location == row.place);
  }
}

}  // namespace
}  // namespace eventgraph
