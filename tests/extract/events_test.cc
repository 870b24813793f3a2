// The event and relation stages as tables, run through the whole pipeline
// (they need time expressions and actors). Texts written for these tests; each
// expectation was checked by reading the sentence against a calendar
// (2015-11-18 is a Wednesday).
#include "extract/pipeline.h"
#include "extract/events/event_context.h"
#include "extract/text/text.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace eventgraph {
namespace {

Extraction run(const std::string& text, const std::string& dct = "2015-11-18") {
  Document doc;
  doc.text = text;
  doc.info.id = "t";
  doc.info.dct = dct;
  return extract(doc);
}

const Event* find_event(const Extraction& x, const std::string& type) {
  for (const Event& e : x.events) {
    if (e.type == type) return &e;
  }
  return nullptr;
}

// The first event of `type` in `text`; the test case fails when there is none.
Event event_of(const std::string& text, const std::string& type) {
  CAPTURE(text);
  const Extraction x = run(text);
  std::string all;
  for (const Event& ev : x.events) all += ev.type + "@" + ev.date + " ";
  CAPTURE(all);
  const Event* e = find_event(x, type);
  REQUIRE(e != nullptr);
  return *e;
}

std::string role_of(const Event& e, const std::string& entity) {
  for (const Participant& p : e.participants) {
    if (p.entity == entity) return p.role;
  }
  return "";
}

struct Row {
  const char* text;
  const char* type;
  const char* date;
  const char* date_source;
};

}  // namespace

TEST_CASE("triggers, types and dates") {
  const Row rows[] = {
      // Verbal triggers take the date of their clause.
      {"On Tuesday, President Vladimir Putin ordered the navy to sail.", "order", "2015-11-17", "timex"},
      {"President Francois Hollande met with mayors on Wednesday.", "meeting", "2015-11-18", "timex"},
      {"Turkey shot down a Russian jet on Nov. 24.", "crash", "2015-11-24", "timex"},
      {"Police arrested two men in Brussels on Monday.", "arrest", "2015-11-16", "timex"},
      {"The United States sanctioned Iran last week.", "sanction", "2015-W46", "timex"},
      {"Russia accused Turkey of lying on Friday.", "accusation", "2015-11-13", "timex"},
      {"Government troops clashed with rebels near Aleppo on Sunday.", "attack", "2015-11-15", "timex"},
      {"The United States supplied rifles to Ukraine in October.", "aid", "2015-10", "timex"},
      {"French prosecutors opened an investigation into Volkswagen on Monday.", "investigation", "2015-11-16", "timex"},
      {"Germany deported 40 migrants to Albania on Thursday.", "expulsion", "2015-11-12", "timex"},
      // Nominal triggers: a date bound to the noun wins.
      {"Following this week's talks in Vienna, diplomats flew home.", "meeting", "2015-W47", "timex"},
      {"Monday's attack on Kobani killed 20 people.", "attack", "2015-11-16", "timex"},
      {"Russian air strikes on Raqqa intensified on Tuesday.", "attack", "2015-11-17", "timex"},
      {"A peace deal for Ukraine was reached in February.", "agreement", "2015-02", "timex"},
      // No date in the sentence: the story's current date, else the publication date.
      {"Iran signed the accord.", "agreement", "2015-11-18", "dct"},
      {"Talks began on Nov. 3 in Geneva. Iran signed the accord.", "agreement", "2015-11-03", "narrative"},
      // Weapons tests, business acquisitions, resignations.
      {"North Korea conducted a missile test on Thursday.", "test", "2015-11-12", "timex"},
      {"North Korea carried out a nuclear test on Sunday.", "test", "2015-11-15", "timex"},
      {"Apple agreed on Monday to acquire Shazam Entertainment Ltd.", "acquisition", "2015-11-16", "timex"},
      {"President Vladimir Putin stepped down on Tuesday.", "resignation", "2015-11-17", "timex"},
      // "two days after": the main clause's date, shifted back.
      {"Navies met on Nov. 17, two days after President Vladimir Putin ordered the move.", "order", "2015-11-15", "timex"},
  };
  for (const Row& r : rows) {
    const Event e = event_of(r.text, r.type);
    CHECK(e.date == std::string(r.date));
    CHECK(e.date_source == std::string(r.date_source));
  }
}

TEST_CASE("argument patterns") {
  // Subject and object of a verb.
  const Extraction order = run("On Tuesday, President Vladimir Putin ordered the Russian navy to cooperate with French warships.");
  const Event* e = find_event(order, "order");
  REQUIRE(e != nullptr);
  CHECK(role_of(*e, "person:vladimir_putin") == "agent");
  CHECK(role_of(*e, "country:RUS") == "patient");
  CHECK(role_of(*e, "country:FRA") == "participant");
  // The passive: "by X" is the agent.
  const Extraction passive = run("The airliner was shot down by Turkey over Syria on Tuesday.");
  const Event* crash = find_event(passive, "crash");
  REQUIRE(crash != nullptr);
  CHECK(role_of(*crash, "country:TUR") == "agent");
  CHECK(crash->location == "country:SYR");
  // A noun: the actor before it and the one after "on".
  const Extraction strikes = run("Russian air strikes on Islamic State strongholds in Raqqa continued on Monday.");
  const Event* attack = find_event(strikes, "attack");
  REQUIRE(attack != nullptr);
  CHECK(role_of(*attack, "country:RUS") == "agent");
  CHECK(role_of(*attack, "org:islamic_state") == "patient");
  CHECK(attack->location == "location:raqqa");
  // A light verb's subject is the agent of the noun after it ("carried out a test").
  const Extraction test = run("North Korea carried out a nuclear test on Sunday.");
  const Event* nuclear = find_event(test, "test");
  REQUIRE(nuclear != nullptr);
  CHECK(role_of(*nuclear, "country:PRK") == "agent");
  // "talks with President Obama": a title between the preposition and the name.
  const Extraction talks = run("Hollande held talks with President Barack Obama in Washington on Tuesday.");
  const Event* meeting = find_event(talks, "meeting");
  REQUIRE(meeting != nullptr);
  CHECK(role_of(*meeting, "person:barack_obama") == "patient");
  CHECK(meeting->location == "location:washington");
  // A relative clause: the name it hangs on is the subject.
  const Extraction who = run("The plan was backed by French President Francois Hollande, who met with mayors on Wednesday.");
  const Event* met = find_event(who, "meeting");
  REQUIRE(met != nullptr);
  CHECK(role_of(*met, "person:francois_hollande") == "agent");
  // Casualties and the reporting source.
  const Extraction blast = run("A bomb brought down the plane over Sinai on Oct. 31, killing 224 people, CNN reported.");
  const Event* down = find_event(blast, "crash");
  REQUIRE(down != nullptr);
  CHECK(down->killed == 224);
  CHECK(down->reporter == "org:cnn");
  CHECK(down->date == "2015-10-31");
}

TEST_CASE("casualties and reporting source come from the event's sentence") {
  struct Row { std::string text; int killed; int injured; std::string reporter; };
  const Row rows[] = {
      {"Gunmen attacked a hotel in Bamako on Friday, killing 19 people.", 19, -1, ""},
      {"Twelve people were killed and 30 wounded when militants attacked a market in Kabul on Sunday.", 12, 30, ""},
      {"Militants attacked an army post in Sinai on Tuesday, killing at least 38 and injuring more than 400, CNN reported.",
       38, 400, "org:cnn"},
      {"Government forces shelled the town of Homs on Monday; 1,200 people have died, according to Reuters.", 1200, -1,
       "org:reuters"},
      // The wire dateline's "(Reuters)" is the byline, not a source the sentence cites.
      {"BAGHDAD (Reuters) - A bomb attack on a market in Baghdad killed 12 people on Monday.", 12, -1, ""},
      // Words naming the victims and two auxiliaries between the count and "killed".
      {"Militants attacked a market in Kabul, where 345 Muslim pilgrims have been killed.", 345, -1, ""},
      // A year is no count.
      {"Militants attacked a market in Kabul, as in 2015 soldiers were killed.", -1, -1, ""},
      // The count stands in the next sentence: not this event's.
      {"Militants attacked a market in Kabul on Sunday. Twelve people were killed.", -1, -1, ""},
  };
  for (const Row& r : rows) {
    const Event e = event_of(r.text, "attack");
    CAPTURE(r.text);
    CHECK(e.killed == r.killed);
    CHECK(e.injured == r.injured);
    CHECK(e.reporter == r.reporter);
  }
}

TEST_CASE("a sentence's toll goes to the killing when its violent events are of different days") {
  const Extraction x = run("French warplanes struck Raqqa on Sunday, two days after gunmen killed 130 people in Paris.");
  std::string all;
  for (const Event& e : x.events) all += e.trigger.text + "@" + e.date + ":" + std::to_string(e.killed) + " ";
  CAPTURE(all);
  for (const Event& e : x.events) {
    if (e.trigger.text == "struck") CHECK(e.killed == -1);  // Sunday's strikes killed no one the sentence says
    if (e.trigger.text == "killed") CHECK(e.killed == 130);
  }
  CHECK(std::any_of(x.events.begin(), x.events.end(), [](const Event& e) { return e.trigger.text == "struck"; }));
  // Of one day, the toll is the attack's ("... killed when militants attacked").
  CHECK(event_of("Twelve people were killed when militants attacked a market in Kabul on Sunday.", "attack").killed ==
        12);
}

TEST_CASE("roles in planned and reported clauses") {
  struct Row { const char* text; const char* type; const char* entity; const char* role; };
  const Row rows[] = {
      // A noun form after "to" or a modal is the verb.
      {"Obama wants to attack Switzerland.", "attack", "person:barack_obama", "agent"},
      {"Obama wants to attack Switzerland.", "attack", "country:CHE", "patient"},
      // A pronoun opening a reported clause is the speaker.
      {"Obama and Putin said they will attack Iraq.", "attack", "person:barack_obama", "agent"},
      {"Obama and Putin said they will attack Iraq.", "attack", "person:vladimir_putin", "agent"},
      {"Obama and Putin said they will attack Iraq.", "attack", "country:IRQ", "patient"},
  };
  for (const Row& r : rows) {
    const Event e = event_of(r.text, r.type);
    CHECK(role_of(e, r.entity) == std::string(r.role));
  }
}

TEST_CASE("modality") {
  struct M { const char* text; const char* type; Modality modality; };
  const M rows[] = {
      {"Russia bombed Aleppo on Monday.", "bombing", Modality::kAsserted},
      {"The United States will not lift sanctions on Russia.", "sanction", Modality::kNegated},
      {"Leaders will meet in Paris on Friday.", "meeting", Modality::kFuture},
      {"Iran plans to sign the treaty in March.", "agreement", Modality::kFuture},
      {"If Turkey attacked Syria, Russia would respond.", "attack", Modality::kHypothetical},
      {"Obama wants to attack Switzerland.", "attack", Modality::kFuture},
  };
  for (const M& r : rows) {
    const Event e = event_of(r.text, r.type);
    CHECK(modality_name(e.modality) == std::string(modality_name(r.modality)));
  }
}

TEST_CASE("what is no event") {
  struct Row {
    const char* text;
    const char* not_a_trigger;  // "" when the text has no event at all
  };
  const Row rows[] = {
      {"\"We need vigorous strikes on the IS,\" he said.", ""},  // quoted speech
      {"His statement was echoed by Hollande.", ""},     // points back to another event
      {"The meeting ended.", ""},                        // nothing anchors it
      {"Officials will try to deal with the problem.", ""},  // "deal with" is no agreement
      {"Russia tested recruits for Acquired Immune Deficiency Syndrome.", "Acquired"},  // a verb inside a name
      {"Interfax reported the strike.", "reported"},     // a news agency reporting is no event
      {"A Kremlin official told the Associated Press that talks would resume.", "told"},  // nor telling one
      {"Putin was cited by Interfax as saying the strikes worked.", "saying"},  // a saying that frames, not a main clause
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    const Extraction x = run(row.text);
    std::string all;
    for (const Event& e : x.events) all += e.type + ":" + e.trigger.text + " ";
    CAPTURE(all);
    if (*row.not_a_trigger == 0) {
      CHECK(x.events.empty());
    } else {
      CHECK(std::none_of(x.events.begin(), x.events.end(),
                         [&](const Event& e) { return e.trigger.text == row.not_a_trigger; }));
    }
  }
}

TEST_CASE("one event per happening within a document") {
  const Extraction x = run(
      "Russian air strikes on Raqqa intensified on Tuesday. The strikes on Raqqa hit a depot on Tuesday. "
      "French air strikes on Raqqa followed on Sunday.");
  const auto attacks = std::count_if(x.events.begin(), x.events.end(), [](const Event& e) { return e.type == "attack"; });
  CHECK(attacks == 2);  // Tuesday (twice reported) and Sunday
}

TEST_CASE("relations from events and descriptions") {
  const Extraction x = run(
      "Russian air strikes on Islamic State targets continued. It shores up Syrian President Bashar Assad "
      "\xE2\x80\x94 a longtime Moscow ally. The United States will not lift sanctions against Russia.");
  const auto has = [&](const std::string& s, const std::string& t, const std::string& p) {
    return std::any_of(x.relations.begin(), x.relations.end(),
                       [&](const Relation& r) { return r.source == s && r.target == t && r.predicate == p; });
  };
  CHECK(has("country:RUS", "org:islamic_state", "struck"));
  CHECK(has("person:bashar_assad", "country:RUS", "ally of"));
  CHECK(has("person:bashar_assad", "country:SYR", "president of"));
  CHECK(has("country:USA", "country:RUS", "not sanctions"));
}

TEST_CASE("relations of belonging: a unit, a member, a part of a group") {
  struct Row {
    const char* text;
    const char* predicate;
  };
  const Row rows[] = {
      {"Airbus, part of the EADS group, delivered a jet on Monday.", "part of"},
      {"Airbus, a wholly-owned unit of EADS, delivered a jet on Monday.", "unit of"},
      {"Airbus, a member of EADS, delivered a jet on Monday.", "member of"},
  };
  for (const Row& row : rows) {
    CAPTURE(std::string(row.text));
    const Extraction x = run(row.text);
    CHECK(std::any_of(x.relations.begin(), x.relations.end(), [&](const Relation& r) {
      return r.source == "org:airbus" && r.target == "org:eads" && r.predicate == row.predicate;
    }));
  }
}

namespace {

// A row of a relation table: the text, and the relation it must give.
struct RelationRow {
  const char* text;
  const char* source;
  const char* target;
  const char* predicate;
};

void check_relation_rows(const std::vector<RelationRow>& rows) {
  for (const RelationRow& row : rows) {
    CAPTURE(std::string(row.text));
    const Extraction x = run(row.text);
    std::string all;
    for (const Relation& r : x.relations) all += r.source + " " + r.predicate + " " + r.target + "; ";
    CAPTURE(all);
    CHECK(std::any_of(x.relations.begin(), x.relations.end(), [&](const Relation& r) {
      return r.source == row.source && r.target == row.target && r.predicate == row.predicate;
    }));
  }
}

}  // namespace

TEST_CASE("family ties: a kin noun between its possessor and the person it names") {
  // Source: the relative named; target: whose relative.
  check_relation_rows({
      {"Thomas Sam, 42, and his wife Manju Sam, 36, are on trial.", "person:manju_sam", "person:thomas_sam",
       "wife of"},  // "his": the person named last; an unknown name after "wife" is a person
      {"Maxime Bernier met reporters at the home of his then-girlfriend Julie Couillard.", "person:julie_couillard",
       "person:maxime_bernier", "girlfriend of"},  // a hyphenated kin noun
      {"Vladimir Putin's eldest daughter, Maria Vorontsova, met him.", "person:maria_vorontsova",
       "person:vladimir_putin", "daughter of"},  // "X's", a word between, a comma
  });
  // No possessor, no tie: "a mother of three" names no one's relative.
  const Extraction none = run("Anna Kowalska, a mother of three, met Jan Nowak on Monday.");
  CHECK(std::none_of(none.relations.begin(), none.relations.end(),
                     [](const Relation& r) { return r.predicate == "mother of"; }));
}

TEST_CASE("relations of roles told with a copula, and of parties to talks") {
  check_relation_rows({
      // "is a major shareholder of": a copula; "major" before a title is an adjective, not a rank.
      {"Warren Buffett is a major shareholder of Acme Corp.", "person:warren_buffett", "org:acme", "shareholder of"},
      {"Facebook creator Mark Zuckerberg spoke on Monday.", "person:mark_zuckerberg", "org:facebook", "creator of"},
      // Talks between two parties relate them, though neither acts on the other.
      {"Talks between Boeing and Airbus began on Monday.", "org:boeing", "org:airbus", "held talks with"},
  });
  // Two who undergo one act are no parties to each other.
  const Extraction victims = run("Boeing and Airbus were attacked by hackers on Monday.");
  CHECK(std::none_of(victims.relations.begin(), victims.relations.end(), [](const Relation& r) {
    return r.source == "org:boeing" && r.target == "org:airbus";
  }));
}

TEST_CASE("every relation joins two actors of the document") {
  // Texts where a role's organization or country was an id no entity had:
  // a sentence opener kept only if named again, an acronym resolved under
  // its full name, a lexicon person's country the text never names.
  const char* texts[] = {
      "English defender Kyle Walker was booked on Monday.",
      "The Washington Public Power Supply System (WPPSS) defaulted. WPPSS attorney Ron English said so.",
      "President Reagan met Jan Nowak on Monday.",
  };
  for (const char* text : texts) {
    CAPTURE(std::string(text));
    const Extraction x = run(text);
    for (const Relation& r : x.relations) {
      CAPTURE(r.source + " " + r.predicate + " " + r.target);
      const auto named = [&](const std::string& id) {
        return std::any_of(x.entities.begin(), x.entities.end(), [&](const Entity& e) { return e.id == id; });
      };
      CHECK(named(r.source));
      CHECK(named(r.target));
    }
  }
  // The acronym's organization is the one the role goes to, under its resolved id.
  const Extraction x = run(texts[1]);
  CHECK(std::any_of(x.relations.begin(), x.relations.end(), [](const Relation& r) {
    return r.source == "person:ron_english" && r.predicate == "attorney of" &&
           r.target == "org:public_power_supply_system";
  }));
}

}  // namespace eventgraph
