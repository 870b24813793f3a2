// predicate_words.h: the closed word classes parsed_predicates.cc reads the
// dependency tree with: which prepositions place or aim an argument, which
// auxiliaries and governing verbs set modality, which verbs' complements are
// done, planned, asked for or only wished, and which verbs are a noun's
// light verb. Each list says what its words do to a predicate.
//
//   predicate_words::kRequestVerbs.contains("urge");  // true: "urged Russia to release" is no release
#pragma once

#include "extract/text/word_list.h"

namespace eventgraph::predicate_words {

// Prepositions whose object is a place, and those whose object takes part.
constexpr auto kPlaceCases = make_word_list({"in", "at", "near", "over", "outside", "inside", "across", "around"});
constexpr auto kPartnerCases = make_word_list({"with", "between", "among", "to", "from", "alongside"});
constexpr auto kTargetCases = make_word_list({"on", "against", "into", "upon"});
// Whom one fires from a post: "fired his defense minister" is a dismissal,
// "fired rockets" an attack.
constexpr auto kStaffNouns = make_word_list(
    {"minister", "coach", "manager", "chief", "director", "executive", "official", "employee", "worker", "staff",
     "general", "commander", "secretary", "head", "aide", "adviser", "advisor", "ambassador", "governor", "editor",
     "president", "chairman", "prosecutor", "judge", "officer", "spokesman", "spokeswoman", "deputy"});
// What makes a "strike" a walkout before it: "general strike", "rotating strikes".
constexpr auto kLaborStrikeModifiers =
    make_word_list({"general", "hunger", "labor", "labour", "rotating", "national", "nationwide", "postal", "rail",
                    "transport", "union", "sympathy", "wildcat", "indefinite", "warning", "teacher", "worker",
                    "doctor", "nurse", "miner", "bank", "port", "dock", "day", "hour", "old", "week"});
// Words that make a strike in their sentence a labor one: "the union said ... strikes".
constexpr auto kLaborWords = make_word_list({"union", "worker", "employee", "picket", "wage", "labor", "labour",
                                             "staff", "teacher", "nurse", "miner", "docker", "employer"});
// Verbs that judge an event their object names: an act of their own about
// it, not its light verb ("condemned the attack", "called the ruling dangerous").
constexpr auto kReactionVerbs = make_word_list(
    {"call", "criticize", "criticise", "condemn", "welcome", "praise", "denounce", "reject", "oppose", "question",
     "challenge", "describe", "hail", "blame", "dismiss", "deny", "defend", "applaud", "slam", "decry", "protest",
     "appeal", "contest", "accuse", "investigate", "probe", "mourn"});
// Verbs whose subject is on the event an "on" phrase names: "went on strike".
constexpr auto kBeingOnVerbs = make_word_list({"go", "be", "remain", "stay", "come"});
// Verbs whose object "strike" is a walkout: "began a strike", "called off the strike".
constexpr auto kStrikeCallingVerbs =
    make_word_list({"begin", "start", "call", "stage", "hold", "end", "join", "continue", "extend", "threaten"});
// What makes a "strike" an attack before it: "air strike", "drone strike".
constexpr auto kArmedStrikeModifiers =
    make_word_list({"air", "missile", "drone", "military", "rocket", "artillery", "nuclear", "preemptive",
                    "pre-emptive", "retaliatory", "surgical", "aerial", "precision", "bombing"});
// Clauses of their own below a predicate: their words do not date it.
constexpr auto kOwnClauses = make_word_list(
    {"ccomp", "advcl", "acl", "parataxis", "conj", "xcomp", "csubj", "list", "advcl:relcl", "acl:relcl"});
constexpr auto kFutureAux = make_word_list({"will", "shall", "would", "'ll", "wo"});
constexpr auto kHypotheticalAux = make_word_list({"could", "may", "might", "should", "can", "must", "ca"});
constexpr auto kNegators = make_word_list({"not", "n't", "never", "no"});
constexpr auto kConditionals = make_word_list({"if", "unless", "whether", "until"});
constexpr auto kTripTypes = make_word_list({"visit", "travel", "arrival", "departure", "meeting", "summit"});
constexpr auto kAttemptNouns = make_word_list({"attempt", "plot", "bid", "threat", "plan", "try", "effort"});
// Verbs that only say an event took place when it is their passive subject
// ("the election was held"; "the talks were cancelled" is news of its own).
constexpr auto kHoldingVerbs =
    make_word_list({"hold", "conduct", "stage", "carry", "organize", "organise", "convene", "make", "advance", "submit",
                    "file", "issue", "lodge", "mount", "perform", "undertake"});
// Verbs that link their subject and object by no act of their own ("Apple
// has a plan", "Ford became the leader"): no relation.
constexpr auto kNoLinkVerbs = make_word_list({"be", "have", "do", "become", "get", "make", "take", "give", "include",
                                              "mean", "need", "want", "see", "let", "like", "use", "find", "keep"});
// What is met without a meeting: "met the demand", "met its target".
constexpr auto kStandardNouns =
    make_word_list({"demand", "target", "requirement", "condition", "deadline", "expectation", "need", "goal",
                    "standard", "criterion", "criteria", "obligation", "payment", "cost", "challenge", "forecast",
                    "estimate", "quota", "request", "threshold", "term"});
// Verbs that do what their object names ("held talks", "posted a loss").
constexpr auto kLightLemmas =
    make_word_list({"hold", "conduct", "stage", "carry", "make", "give", "sign", "launch", "reach", "impose", "lift",
                    "attend", "host", "begin", "start", "open", "post", "report", "announce", "complete", "take",
                    "mount", "perform", "undertake", "issue", "file", "submit", "lodge", "extend", "tighten", "ease",
                    "keep", "convene", "chair", "join", "organize", "organise", "advance", "seal", "finalize", "strike"});
constexpr auto kPlanVerbs = make_word_list({"plan", "intend", "want", "expect", "hope", "aim", "seek", "propose",
                                            "threaten", "vow", "pledge", "promise", "prepare"});

// Verbs and adjectives whose infinitive complement is wished, tried or
// required, not done: "tried to enter", "needs to meet" ("wants to buy"
// is a plan, kPlanVerbs).
constexpr auto kUnrealizedComplement =
    make_word_list({"like", "love", "try", "attempt", "need", "unable", "seem", "appear", "claim", "tend", "use",
                    "afford", "dare", "bother", "deserve", "happen", "eager", "willing", "likely", "unlikely",
                    "ready", "free", "easy", "hard", "difficult", "avoid", "refuse", "decline"});
// Verbs of asking: what their object is asked to do is the request's
// content, not done ("asked the council to help", "urged Iran to stop").
constexpr auto kRequestVerbs =
    make_word_list({"ask", "urge", "invite", "encourage", "persuade", "advise", "press", "pressure", "push", "call",
                    "request", "appeal", "beg", "implore", "warn"});

// Verbs whose object is told or let to do what follows ("ordered the navy to cooperate").
constexpr auto kObjectControlVerbs =
    make_word_list({"order", "ask", "urge", "tell", "allow", "force", "invite", "encourage", "persuade", "instruct",
                    "direct", "authorize", "authorise", "permit", "enable", "require", "warn", "advise", "press",
                    "pressure", "compel", "oblige", "call", "command", "push", "help", "expect"});
// Verbs whose infinitive is what was agreed or begun ("agreed to buy").
constexpr auto kCommitVerbs =
    make_word_list({"agree", "decide", "vote", "offer", "move", "begin", "start", "continue", "resolve", "opt"});
constexpr auto kTimeSubordinators = make_word_list({"after", "before", "since", "upon", "while", "when", "until"});
constexpr auto kThenAdverbs = make_word_list({"later", "then", "subsequently", "afterwards", "afterward", "eventually"});

}  // namespace eventgraph::predicate_words
