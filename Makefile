# hemimatch: `make run` and `make test` set up a fresh Debian machine (as root) and do the job.
SHELL := /bin/bash
SWIFT ?= $(shell command -v swift 2>/dev/null || echo /opt/swift/usr/bin/swift)
# Build and run needs: htslib and zlib headers, pkg-config to find htslib.
RUN_PACKAGES := libhts-dev zlib1g-dev pkg-config
# Tests and benchmarks also drive the reference tools: bcftools, and bgzip/tabix; tests validate
# the JSON report with Python's jsonschema (from PyPI when missing); the ecosystem tests render the
# HTML report in headless Chromium (screenshots checked with Pillow) and run Snakemake and MultiQC.
TEST_PACKAGES := $(RUN_PACKAGES) bcftools tabix chromium
PIP_TEST_PACKAGES := jsonschema snakemake==8.30.0 multiqc==1.28 pillow==13.0.0
BENCH_PACKAGES := $(TEST_PACKAGES) hyperfine time
SAMPLE := TestData/tumor_normal.grch38.vcf

.PHONY: man run test check golden bench sanitize sanitize-threads fuzz build deps-run deps-test deps-bench clean

# Installs the listed Debian packages that are missing (apt-get update only when something is).
define apt_install
	@missing=""; for p in $(1); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi
endef

deps-run:
	$(call apt_install,$(RUN_PACKAGES))

deps-test:
	$(call apt_install,$(TEST_PACKAGES))
	@python3 -c 'import jsonschema, snakemake, multiqc, PIL' 2>/dev/null || python3 -m pip install -q $(PIP_TEST_PACKAGES)

deps-bench:
	$(call apt_install,$(BENCH_PACKAGES))

build: deps-run
	$(SWIFT) build -c release

run: build
	.build/release/hemimatch $(SAMPLE)

test: deps-test
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# The fast tier: every unit test and the golden outputs, without the end-to-end suite that spawns
# the binary, Python, Chromium, Snakemake and MultiQC (about 20 s after a build; see the README).
check: deps-run
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --skip HemimatchTests

# Records the golden outputs of Tests/Golden/ again from the current binary. A rewrite is a commit of
# its own that says why the bytes changed.
golden: deps-run
	$(SWIFT) build --build-tests
	RECORD_GOLDEN=1 $(SWIFT) test --skip-build --filter GoldenTests

# The whole suite under AddressSanitizer, then under ThreadSanitizer, each in a build folder of its
# own. Leak reports are off: the only leaks found are inside XCTest and FoundationEssentials.
sanitize: deps-test
	$(SWIFT) build --build-tests --sanitize=address --scratch-path .build-asan
	ASAN_OPTIONS=detect_leaks=0 $(SWIFT) test --skip-build --sanitize=address --scratch-path .build-asan
	$(SWIFT) build --build-tests --sanitize=thread --scratch-path .build-tsan
	$(SWIFT) test --skip-build --sanitize=thread --scratch-path .build-tsan

# The concurrency tests (the ordered parallel pipeline, the reader and its region queries, the binary
# and its cohort workers at several thread counts) under ThreadSanitizer; CI runs this after the full suite.
sanitize-threads: deps-test
	$(SWIFT) build --build-tests --sanitize=thread --scratch-path .build-tsan
	$(SWIFT) test --skip-build --sanitize=thread --scratch-path .build-tsan --filter 'MatchPipelineTests|VariantReaderTests|MatchingEndToEndTests|CohortEndToEndTests|RegionReadingTests'

# libFuzzer over the parsers (annotations, HGVS, breakends, caller tables, the knowledge-base loader),
# each for FUZZ_SECONDS from its committed seed corpus; a crash stops with the reproducer's path.
# Leak detection is off: the only leaks reported are inside FoundationEssentials' file reading.
FUZZ_SECONDS ?= 30
FUZZ_TARGETS := FuzzAnnotation FuzzStructural FuzzTables FuzzKnowledge
fuzz: deps-test
	$(SWIFT) build --package-path Fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld
	@for target in $(FUZZ_TARGETS); do \
		mkdir -p Fuzz/.build/corpus/$$target Fuzz/.build/crashes && \
		ASAN_OPTIONS=detect_leaks=0 Fuzz/.build/debug/$$target -max_total_time=$(FUZZ_SECONDS) -artifact_prefix=Fuzz/.build/crashes/$$target- \
			Fuzz/.build/corpus/$$target Fuzz/Corpus/$$target || exit 1; \
	done

bench: deps-bench build
	scripts/bench.sh

# The man page, from every command's --help, by swift-argument-parser's generate-manual plugin.
man: deps-run
	mkdir -p docs/man
	$(SWIFT) package --allow-writing-to-package-directory generate-manual --output-directory "$(CURDIR)/docs/man" --date 2026-12-02

clean:
	rm -rf .build
