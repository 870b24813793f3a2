// Events read through the dependency parse, as tables run through the whole
// pipeline: when each happened, whether it happened (modality, and what
// names no event at all), and which words are mentions of one event. Texts
// written for these tests; every expectation was checked by reading the
// sentence (parsed_events_rows.h: published Wednesday 2015-11-18).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "extract/pipeline.h"
#include "tests/extract/parsed_events_rows.h"

namespace eventgraph {
namespace {

TEST_CASE("the date of a parsed event") {
  struct Row {
    const char* text;
    const char* trigger;
    const char* date;
    const char* source;
  };
  const Row rows[] = {
      {"Boeing sued Airbus on Monday.", "sued", "2015-11-16", "timex"},           // its own phrase
      // A clause with a subject of its own under another clause dates its own verb only.
      {"France said it imposed sanctions because it felt Russia had lied when it invaded Ukraine in 2014.",
       "sanctions", "2015-11-18", "dct"},
      // No actor: a specific happening dated by its own phrase is on the timeline.
      {"The NEMISIS database was unveiled in 1999.", "unveiled", "1999", "timex"},
      // No actor, no place: an election or a disaster with a date of its own is on the timeline.
      {"The first referendum is to be held on December 11.", "referendum", "2015-12-11", "timex"},
      {"On Tuesday, Ford posted a loss.", "loss", "2015-11-17", "timex"},         // the light verb's clause
      {"Toyota cut 500 jobs, the most since October 1982.", "cut", "2015-11-18", "dct"},  // "since" compares
      // A relative clause dates its own verb, not the noun's main clause:
      // the strikes were launched on Sept. 30; when Russia was accused is not said.
      {"Russia, which launched air strikes in Syria on Sept. 30, has been accused of hitting moderate rebels.",
       "accused", "2015-11-18", "dct"},
      {"Russia, which launched air strikes in Syria on Sept. 30, has been accused of hitting moderate rebels.",
       "air strikes", "2015-09-30", "timex"},
      {"Russia, which on Monday said the talks had failed, accused Turkey of shelling Aleppo.", "accused",
       "2015-11-18", "dct"},
      {"Russia, which on Monday said the talks had failed, accused Turkey of shelling Aleppo.", "said",
       "2015-11-16", "timex"},
      {"Lavrov met Kerry, who said on Monday that the talks had failed.", "met", "2015-11-18", "dct"},
      // A clause on the event noun itself dates it.
      {"Ukraine and Russia must honour a peace deal reached in February, the minister said.", "deal", "2015-02",
       "timex"},
      {"Kiev accused Moscow of breaking a truce agreed in February.", "truce", "2015-02", "timex"},
      {"Kiev accused Moscow of breaking a truce agreed in February.", "accused", "2015-11-18", "dct"},
      {"Russia accused Turkey of lying on Friday.", "accused", "2015-11-13", "timex"},
      // A plan is dated when it is told, not by the story's last date (Monday).
      {"Russia attacked Raqqa on Monday. Russia plans to attack Aleppo.", "attack", "2015-11-18", "dct"},
      // Of two time expressions in its phrase, the more exact; a year that
      // names which one of a noun dates the sentence only when nothing else does.
      {"Yesterday, day five of the 2018 World Cup, Sweden defeated Korea.", "defeated", "2015-11-17", "timex"},
      {"On Monday, in the 2018 World Cup, Sweden defeated Korea.", "defeated", "2015-11-16", "timex"},
      {"In the opening match of the 2018 World Cup, Sweden defeated Korea.", "defeated", "2018", "sentence"},
      // A past week moves the story as a date does; a coming one does not.
      {"Protests spread across Texas last week. Police arrested Ahmed Mohamed at his school.", "arrested",
       "2015-W46", "narrative"},
      {"Protests will spread across Texas next week. Police arrested Ahmed Mohamed at his school.", "arrested",
       "2015-11-18", "dct"},
  };
  for (const Row& row : rows) {
    CAPTURE(std::string(row.text));
    const Read read = read_event(row.text, row.trigger);
    CAPTURE(describe(read.x));
    const Event* e = read.event;
    CHECK(e->date == row.date);
    CHECK(e->date_source == row.source);
  }
}

TEST_CASE("modality from the parse") {
  struct Row {
    const char* text;
    Modality modality;
  };
  const Row rows[] = {
      {"Ford will cut 3,000 jobs.", Modality::kFuture},
      {"Ford did not cut jobs.", Modality::kNegated},
      {"Ford plans to cut 3,000 jobs.", Modality::kFuture},
      {"Ford cut 3,000 jobs.", Modality::kAsserted},
  };
  for (const Row& row : rows) {
    CAPTURE(std::string(row.text));
    const Extraction x = run(row.text);
    CAPTURE(describe(x));
    const Event* e = event_with_trigger(x, "cut");
    REQUIRE(e != nullptr);
    CHECK(e->modality == row.modality);
  }
  // What only may happen is no event ("the warning is the news"); a statement that may be made still is one.
  CHECK(event_with_trigger(run("Ford could cut 3,000 jobs."), "cut") == nullptr);
  CHECK(event_with_trigger(run("Germany might expel two Russian diplomats."), "expel") == nullptr);
  // A noun takes the modality of a light verb ("did not complete the
  // acquisition"), not of another verb whose object it is.
  const Extraction light = run("Ford did not complete the acquisition of Mazda.");
  CAPTURE(describe(light));
  REQUIRE(event_with_trigger(light, "acquisition") != nullptr);
  CHECK(event_with_trigger(light, "acquisition")->modality == Modality::kNegated);
  const Extraction other = run("Ford said its results did not reflect the acquisition of Mazda.");
  CAPTURE(describe(other));
  REQUIRE(event_with_trigger(other, "acquisition") != nullptr);
  CHECK(event_with_trigger(other, "acquisition")->modality == Modality::kAsserted);
}

TEST_CASE("a clause that tells why, how or what kind names no event of its own") {
  struct Row {
    const char* text;
    const char* word;
    bool event;  // whether `word` is an event's trigger or mention
  };
  const Row rows[] = {
      {"Putin arrived in Paris on Monday to meet Hollande.", "meet", false},  // a purpose
      {"Putin arrived in Paris on Monday to meet Hollande.", "arrived", true},
      {"Citing security concerns, Germany expelled two Russian diplomats on Monday.", "Citing", false},
      {"Citing security concerns, Germany expelled two Russian diplomats on Monday.", "expelled", true},
      {"Russian troops crossing the border attacked Ukrainian positions on Monday.", "crossing", false},  // on a noun
      {"Russian troops crossing the border attacked Ukrainian positions on Monday.", "attacked", true},
      {"Merkel tried to visit Moscow on Monday.", "visit", false},  // tried, not done
      {"Before leaving for Beijing on Thursday, Obama met Cameron in Seoul.", "leaving", true},  // placed in time
      {"Obama visited Berlin on Monday, praising Merkel.", "praising", true},  // acts on an actor of its own
      {"A storm hit Mecca on Friday, killing 107 people.", "killing", true},   // violence as a result
      {"Russia was accused of targeting Syrian rebels.", "targeting", false},  // what the accusation says
      {"Apple wants to buy Beats.", "buy", true},                              // a plan is news
      {"GM to close 1,100 dealerships", "close", true},                        // a headline's infinitive
      {"The union, a group called the Sea Org, met on Monday.", "called", false},   // a name, no telephone call
      {"Sales fell 35 percent in January compared with a year earlier.", "compared", false},  // no merger
      {"Obama urged Russia to release the sailors on Monday.", "release", false},  // asked for, not done
      {"Obama urged Russia to release the sailors on Monday.", "urged", true},
      {"Merkel flew to Paris in order to meet Hollande on Monday.", "meet", false}, // "in order to": a purpose
      {"The boat sailed away to avoid being sent back to Myanmar.", "sent", false}, // avoided, not done
      {"Germany responded by expelling two Russian diplomats on Monday.", "expelling", true},  // the means is done
      {"The Kremlin has not said why the talks failed.", "said", false},              // a negated statement
      {"Chirac will decide soon, French sources said on Monday.", "said", false},     // sources attribute
      {"The official Tanjug news agency said talks would resume on Monday.", "said", false},  // so does a news agency
      {"The Tass News Agency said elections would be held on Monday.", "said", false},
      {"The Tanjug news agency reported it. Tanjug said talks would follow on Monday.", "said", false},
      {"French military officials said the troops left on Monday.", "said", false},  // unnamed, in the plural
      {"Shares of Ford fell 5 pct on Monday.", "fell", false},                     // a price moves: no event
      {"Ford said Toyota met its demands on Monday.", "met", false},        // a standard met, no meeting
      {"Ford met Toyota on Monday.", "met", true},
      {"Both sides requested a mediator on Monday.", "requested", true},          // a collective of parties acts
      {"Japan's ruling party met on Monday.", "ruling", false},                   // who governs, no court's ruling
      {"Ford criticized the court's ruling on Monday.", "ruling", true},
      {"Many nations intervened heavily on Monday.", "intervened", true},
      {"Russia said most of its strikes target the Islamic State.", "strikes", false},  // neither labor nor aimed
      {"Workers went on strike at Ford on Monday.", "strike", true},
      {"The union said it would keep up rotating strikes across Canada.", "strikes", true},  // a labor modifier
      {"The privately-held Gull Air sued Texas Air on Monday.", "held", false},  // a hyphenated modifier
      {"The privately-held Gull Air sued Texas Air on Monday.", "sued", true},
      {"The government-owned Canada Post sued Ford on Monday.", "owned", false},
      {"Gulf Oil, 48 pct-owned by Dome Petroleum Ltd, sold a refinery on Monday.", "owned", true},  // with its agent
      {"Two students were detained after the protest, the ministry said.", "detained", true},  // people, plural
      {"The election in Scotland was held on Sunday.", "held", true},            // a mention of the election...
  };
  for (const Row& row : rows) {
    CAPTURE(std::string(row.text));
    CAPTURE(std::string(row.word));
    const Extraction x = run(row.text);
    CAPTURE(describe(x));
    CHECK((event_with_trigger(x, row.word) != nullptr) == row.event);
  }
}

TEST_CASE("the mentions of one event in a document") {
  // Told twice with the same actor and day: one event, two mentions.
  const Extraction twice = run("Boeing sued Airbus on Monday. Boeing sued Airbus in Seattle on Monday.");
  CAPTURE(describe(twice));
  REQUIRE(twice.events.size() == 1);
  CHECK(twice.events[0].mentions.size() == 2);
  // Two statements of one day are two when different actors make them.
  const Extraction two = run("NASA tweeted support of Ahmed Mohamed. Mark Zuckerberg tweeted to Mohamed.");
  CAPTURE(describe(two));
  CHECK(two.events.size() == 2);
  // A light verb whose noun names a new event is a mention of it, not an event beside it.
  const Extraction attended = run("Merkel attended the funeral of Helmut Kohl in Berlin on Sunday.");
  CAPTURE(describe(attended));
  CHECK(attended.events.size() == 1);
  CHECK(event_with_trigger(attended, "attended") == event_with_trigger(attended, "funeral"));
  // ...and so is one whose complement's noun names it: "voted to go on strike".
  const Extraction walkout = run("Ford workers voted on Sunday to go on strike against Ford.");
  CAPTURE(describe(walkout));
  CHECK(walkout.events.size() == 1);
  CHECK(event_with_trigger(walkout, "voted") == event_with_trigger(walkout, "strike"));
  // A verb whose subject is an event of its type tells that event again.
  const Extraction quake = run("A magnitude 7.8 earthquake struck Nepal on Saturday, killing more than 8,000 people.");
  CAPTURE(describe(quake));
  CHECK(quake.events.size() == 1);
  CHECK(event_with_trigger(quake, "struck") == event_with_trigger(quake, "earthquake"));
  // A verb of intent or commitment is a mention of the event it plans: one event.
  const Extraction planned = run("Ford plans to cut 3,000 jobs. Bank workers voted to strike on Monday.");
  CAPTURE(describe(planned));
  CHECK(planned.events.size() == 2);
  CHECK(event_with_trigger(planned, "plans") == event_with_trigger(planned, "cut"));
  CHECK(event_with_trigger(planned, "voted") == event_with_trigger(planned, "strike"));
  // "The lawsuit" later names the lawsuit told before.
  const Extraction later = run("Boeing sued Airbus on Monday. The lawsuit seeks $5 billion.");
  CAPTURE(describe(later));
  const Event* sued = event_with_trigger(later, "sued");
  REQUIRE(sued != nullptr);
  CHECK(std::any_of(sued->mentions.begin(), sued->mentions.end(),
                    [](const Mention& m) { return m.text == "lawsuit"; }));
  // A light verb is a mention of its noun's event: "posted" of the loss.
  const Extraction posted = run("Ford posted a loss on Tuesday.");
  const Event* loss = event_with_trigger(posted, "loss");
  REQUIRE(loss != nullptr);
  CHECK(std::any_of(loss->mentions.begin(), loss->mentions.end(), [](const Mention& m) { return m.text == "posted"; }));
  // A verb of saying whose object is an event noun tells that event: no statement beside it.
  const Extraction announced = run("Ford announced 3,000 job cuts on Monday.");
  CAPTURE(describe(announced));
  REQUIRE(announced.events.size() == 1);
  CHECK(announced.events[0].type == "layoff");
  CHECK(event_with_trigger(announced, "announced") == &announced.events[0]);
  // The trigger is always the first mention.
  for (const Event& e : posted.events) {
    REQUIRE_FALSE(e.mentions.empty());
    CHECK(e.mentions.front().span.start == e.trigger.span.start);
  }
}

TEST_CASE("what lies inside quotation marks, by which side of a word each mark stands") {
  // A quotation that runs on into the next paragraph closes there; the
  // reporting clause after it is no quotation.
  const Extraction x = run(
      "Harry Kane said, \"We played well.\n\nWe could have scored early.\" After the match, Tunisia's coach Nabil "
      "Maaloul said, \"We were playing a skilled team.\"");
  CAPTURE(describe(x));
  CHECK(std::any_of(x.events.begin(), x.events.end(), [](const Event& e) {
    return e.type == "statement" && std::any_of(e.participants.begin(), e.participants.end(), [](const Participant& p) {
             return p.entity == "person:nabil_maaloul";
           });
  }));
  // A mark before punctuation closes ('exercise".'); one after a comma and
  // before a space as well, however odd.
  const Extraction y = run(
      "Burrows said kits would be ready,\" For example, schools can run debates\". Prime Minister John Key said he "
      "believes it has a \"strong rationale\".");
  CAPTURE(describe(y));
  CHECK(std::any_of(y.events.begin(), y.events.end(), [](const Event& e) {
    return e.type == "statement" && std::any_of(e.participants.begin(), e.participants.end(), [](const Participant& p) {
             return p.entity == "person:john_key";
           });
  }));
}

TEST_CASE("violence told by its toll alone, and its participles") {
  // No actor, no place: the toll makes it news.
  const Read toll = read_event("At least 76 people were killed on Monday when the building fell.", "killed");
  CHECK(toll.event->killed == 76);
  CHECK(toll.event->date == "2015-11-16");
  // Without a toll or a place, nothing anchors it.
  CHECK(event_with_trigger(run("People were killed."), "killed") == nullptr);
  // "killing 107 and wounding 238": the wounding is the same happening told again.
  const Extraction storm = run("A storm hit Mecca on Friday, killing 107 people and wounding 238.");
  CAPTURE(describe(storm));
  const Event* killing = event_with_trigger(storm, "killing");
  REQUIRE(killing != nullptr);
  CHECK(event_with_trigger(storm, "wounding") == killing);
}

TEST_CASE("one happening told again: a definite noun with a place, a headline without a date") {
  struct Row {
    const char* text;
    const char* type;
    size_t events;    // of that type
    size_t mentions;  // of the first of them
    const char* date;
  };
  const Row rows[] = {
      // "The crash near El Arish": the place more exact, the same crash.
      {"A Metrojet plane crashed in the Sinai on Monday. The crash near El Arish killed 224 people.", "crash", 1, 2,
       "2015-11-16"},
      // A time of its own makes it another crash (an event for its toll).
      {"An Airbus crashed in the Alps on Monday. The crash in 2009 killed 228 people.", "crash", 2, 1, "2015-11-16"},
      // The headline, dated only by publication, is Monday's sanctions; Germany's are others.
      {"Britain sanctions Iran\n\nBritain imposed sanctions on Iran on Monday. Germany imposed sanctions on Syria on "
       "Tuesday.",
       "sanction", 2, 3, "2015-11-16"},  // the headline's "sanctions", "imposed", "sanctions"
      // Actors of its own that are not the last deal's: Air Canada's deal, told before Air India's.
      {"Air Canada signed a deal with Boeing on Monday. Air India signed a deal with Airbus on Tuesday. The Air "
       "Canada deal includes 18 jets.",
       "agreement", 2, 3, "2015-11-16"},  // signed, deal, "The Air Canada deal"
      // A time on the verb of a mention dates the event it names again.
      {"Hackers are attacking the website of Apple. The attack was launched on Monday by a group of students.",
       "attack", 1, 2, "2015-11-16"},
      // The headline's word told again: the event of that sentence, or the sentence's date.
      {"Turkey sanctions Russia\n\nOn Monday, officials announced sanctions on Russian firms.", "sanction", 1, 3,
       "2015-11-16"},  // the headline's "sanctions", "announced", "sanctions"
      {"Indonesia rescues 700 asylum seekers\n\nOn Friday, fishermen rescued 700 asylum seekers near Aceh.", "aid", 1,
       1, "2015-11-13"},
      // Welcoming a truce told before is Turkey's act about that truce: one
      // truce (Turkey did not sign it), told twice, and a welcome beside it.
      {"Russia and Ukraine signed a truce in February. Turkey welcomed the truce on Monday.", "ceasefire", 1, 3,
       "2015-02"},  // truce, signed, the truce again
  };
  for (const Row& row : rows) {
    CAPTURE(std::string(row.text));
    const Extraction x = run(row.text);
    CAPTURE(describe(x));
    std::vector<const Event*> of_type;
    for (const Event& e : x.events) {
      if (e.type == row.type) of_type.push_back(&e);
    }
    REQUIRE(of_type.size() == row.events);
    CHECK(of_type[0]->mentions.size() == row.mentions);
    CHECK(of_type[0]->date == row.date);
  }
}

}  // namespace
}  // namespace eventgraph
