// event_families.h: the families event types fall into, for colouring
// exports and their legends (docs/event_types.md lists the types).
//
//   const EventFamily& f = event_family("air strike");  // violence
//   f.r, f.g, f.b;   // the colour GraphML, GEXF and DOT give its events
//   f.fill;          // a light tint for DOT boxes
//
// Colours are from the Okabe-Ito palette, which colour-blind readers tell apart.
#pragma once

#include <span>
#include <string_view>

namespace eventgraph {

struct EventFamily {
  const char* name;  // "violence", "diplomacy", ...
  int r, g, b;
  const char* fill;  // "#F6C9A8"
};

// The family of an event type; unknown types are "other".
const EventFamily& event_family(std::string_view type);

// Every family, in legend order.
std::span<const EventFamily> event_families();

}  // namespace eventgraph
