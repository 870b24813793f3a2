# Quick start on a fresh Debian 12 machine, as root:
#   make run    installs what is missing, builds, runs eventgraph on examples/ -> out/
#   make test   installs what is missing, builds, runs every test
BUILD_DIR ?= build
JOBS ?= 2
EVENTGRAPH = $(BUILD_DIR)/app/eventgraph
# Debian packages the build, the tests and `make run` need.
PACKAGES = cmake make g++ libboost-graph-dev rapidjson-dev doctest-dev libmimalloc-dev graphviz \
           libxml2-utils python3 python3-networkx

.PHONY: all deps build run test bench clean

all: build

deps:
	@missing=""; \
	for p in $(PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" != "0" ]; then \
	    echo "eventgraph needs these Debian packages; as root run:"; \
	    echo "  apt-get install -y$$missing"; exit 1; \
	  fi; \
	  echo "installing:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq$$missing >/dev/null; \
	fi

build: deps
	@cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build $(BUILD_DIR) -j$(JOBS)

run: build
	@mkdir -p out
	$(EVENTGRAPH) build examples -o out/graph.graphml -o out/graph.gexf -o out/graph.dot -o out/graph.json
	$(EVENTGRAPH) timeline examples -q -o out/timeline.md
	dot -Tsvg out/graph.dot -o out/graph.svg.tmp && mv out/graph.svg.tmp out/graph.svg
	@echo "eventgraph: wrote out/graph.graphml out/graph.gexf out/graph.dot out/graph.svg out/graph.json out/timeline.md"

test: build
	@cd $(BUILD_DIR) && ctest --output-on-failure -j$(JOBS)

bench: build
	$(BUILD_DIR)/bench/eventgraph_bench

clean:
	rm -rf $(BUILD_DIR) out
