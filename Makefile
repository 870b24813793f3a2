# Quick start on a fresh Debian 12 machine, as root:
#   make run    installs what is missing, builds, runs eventgraph on examples/ -> out/
#   make test   installs what is missing, builds, runs every test
SHELL := /bin/bash
BUILD_DIR ?= build
JOBS ?= 2
EVENTGRAPH = $(BUILD_DIR)/app/eventgraph
# Debian packages the build, the tests and `make run` need; `make fuzz` also
# needs clang with its sanitizer and libFuzzer runtimes.
PACKAGES = cmake make g++ libboost-graph-dev rapidjson-dev doctest-dev libmimalloc-dev graphviz \
           libxml2-utils python3 python3-networkx
# The browser tests (the HTML report, TimelineJS) run in headless Chromium.
TEST_PACKAGES = chromium

FUZZ_PACKAGES = clang libclang-rt-14-dev
# `make mpi` builds eventgraph-mpi with Boost.MPI and Open MPI.
MPI_PACKAGES = libboost-mpi-dev openmpi-bin
FUZZ_SECONDS ?= 60
FUZZ_HARNESSES = readers records extract graph syntax
SANITIZE = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer

.PHONY: all deps test-deps build run test bench clean asan fuzz fuzz-deps mpi

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

test-deps:
	@$(MAKE) --no-print-directory deps PACKAGES="$(PACKAGES) $(TEST_PACKAGES)"

fuzz-deps:
	@$(MAKE) --no-print-directory deps PACKAGES="$(PACKAGES) $(FUZZ_PACKAGES)"

build: deps
	@cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build $(BUILD_DIR) -j$(JOBS)

run: build
	@mkdir -p out
	$(EVENTGRAPH) build examples -o out/graph.graphml -o out/graph.gexf -o out/graph.dot -o out/graph.json -o out/report.html
	$(EVENTGRAPH) timeline examples -q -o out/timeline.md
	$(EVENTGRAPH) timeline examples -q --format timelinejs -o out/timelinejs.json
	dot -Tsvg out/graph.dot -o out/graph.svg.tmp && mv out/graph.svg.tmp out/graph.svg
	@echo "eventgraph: wrote out/report.html (open it in a browser) out/graph.graphml out/graph.gexf out/graph.dot out/graph.svg out/graph.json out/timeline.md out/timelinejs.json"

test: test-deps build
	@cd $(BUILD_DIR) && ctest --output-on-failure -j$(JOBS)

# eventgraph-mpi and its test (outputs of 1, 2 and 3 ranks against one
# process). The option stays in build/'s cache, so `make test` runs the MPI
# test from then on.
mpi:
	@$(MAKE) --no-print-directory deps PACKAGES="$(PACKAGES) $(MPI_PACKAGES)"
	@cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=Release -DEVENTGRAPH_MPI=ON >/dev/null
	@cmake --build $(BUILD_DIR) -j$(JOBS)
	@cd $(BUILD_DIR) && ctest --output-on-failure -R mpi_

# Every test under AddressSanitizer and UndefinedBehaviorSanitizer (g++; the
# system allocator, as ASan brings its own).
asan: test-deps
	@cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DEVENTGRAPH_MIMALLOC=OFF \
	  -DCMAKE_CXX_FLAGS="$(SANITIZE)" -DCMAKE_EXE_LINKER_FLAGS="$(SANITIZE)" >/dev/null
	@cmake --build build-asan -j$(JOBS)
	@cd build-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --output-on-failure -j$(JOBS)

# Each libFuzzer harness for FUZZ_SECONDS on its seeds (tests/fuzz/seeds/), the
# corpus it grows kept in build-fuzz/corpus/. A crash, leak or timeout fails,
# and the input that caused it is saved in build-fuzz/artifacts/.
fuzz: fuzz-deps
	@CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DEVENTGRAPH_FUZZ=ON \
	  -DBUILD_TESTING=OFF -DEVENTGRAPH_MIMALLOC=OFF \
	  -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer \
	    -fsanitize-ignorelist=$(CURDIR)/tests/fuzz/ubsan_ignorelist.txt -Wno-bitwise-instead-of-logical" >/dev/null
	@cmake --build build-fuzz -j$(JOBS) --target fuzz_targets
	@for h in $(FUZZ_HARNESSES); do \
	  mkdir -p build-fuzz/corpus/$$h build-fuzz/artifacts; \
	  echo "fuzz_$$h: $(FUZZ_SECONDS) s"; \
	  build-fuzz/tests/fuzz/fuzz_$$h -max_total_time=$(FUZZ_SECONDS) -timeout=20 -rss_limit_mb=2560 -max_len=65536 \
	    -artifact_prefix=build-fuzz/artifacts/$$h- \
	    -print_final_stats=1 build-fuzz/corpus/$$h tests/fuzz/seeds/$$h 2>&1 | grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|==[0-9]+==ERROR|SUMMARY|INFO: Seed)|Done [0-9]+ runs" ; \
	  test $${PIPESTATUS[0]} -eq 0 || exit 1; \
	done

bench: build
	$(BUILD_DIR)/bench/eventgraph_bench

clean:
	rm -rf $(BUILD_DIR) build-asan build-fuzz out
