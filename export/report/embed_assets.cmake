# Writes OUT, a C++ header holding the report's page, style and script as
# string constants, so the program carries them and needs no files at run time.
#   cmake -DPAGE=report.html -DSTYLE=report.css -DSCRIPT=report.js -DOUT=report_assets.h -P embed_assets.cmake
set(delimiter "eventgraph_asset")
set(body "// Generated from export/report/ by embed_assets.cmake: edit those files, not this.\n#pragma once\n\n#include <string_view>\n\nnamespace eventgraph::report_assets {\n\n")
foreach(pair "kPage;${PAGE}" "kStyle;${STYLE}" "kScript;${SCRIPT}")
  list(GET pair 0 name)
  list(GET pair 1 file)
  file(READ "${file}" content)
  string(FIND "${content}" ")${delimiter}\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${file} contains the raw-string delimiter ${delimiter}")
  endif()
  string(APPEND body "inline constexpr std::string_view ${name} = R\"${delimiter}(${content})${delimiter}\";\n\n")
endforeach()
string(APPEND body "}  // namespace eventgraph::report_assets\n")
# Rewrite only on change, so an unchanged page rebuilds nothing.
if(EXISTS "${OUT}")
  file(READ "${OUT}" old)
endif()
if(NOT "${old}" STREQUAL "${body}")
  file(WRITE "${OUT}" "${body}")
endif()
