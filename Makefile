# hemimatch: `make run` and `make test` set up a fresh Debian machine (as root) and do the job.
SHELL := /bin/bash
SWIFT ?= $(shell command -v swift 2>/dev/null || echo /opt/swift/usr/bin/swift)
# Build and run needs: htslib and zlib headers, pkg-config to find htslib, binutils (the linker;
# `make install` strips the binary with its strip).
RUN_PACKAGES := libhts-dev zlib1g-dev pkg-config binutils
# Tests and benchmarks also drive the reference tools: bcftools, and bgzip/tabix; tests validate
# the JSON report with Python's jsonschema (from PyPI when missing); the ecosystem tests render the
# HTML report in headless Chromium (screenshots checked with Pillow) and run Snakemake and MultiQC.
# The fast tier (make check, make golden) writes bgzipped, indexed and BCF copies with bcftools and tabix.
CHECK_PACKAGES := $(RUN_PACKAGES) bcftools tabix
TEST_PACKAGES := $(CHECK_PACKAGES) chromium
PIP_TEST_PACKAGES := jsonschema snakemake==8.30.0 multiqc==1.28 pillow==13.0.0 'moto[server]==5.2.1'
BENCH_PACKAGES := $(TEST_PACKAGES)
SAMPLE := TestData/tumor_normal.grch38.vcf

.PHONY: kb-manifest man run test check golden bench sanitize sanitize-threads fuzz build deps-run deps-check deps-test deps-bench clean static install uninstall dist format format-check

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

deps-check:
	$(call apt_install,$(CHECK_PACKAGES))

deps-test:
	$(call apt_install,$(TEST_PACKAGES))
	@python3 -c 'import jsonschema, snakemake, multiqc, PIL, moto.server, boto3' 2>/dev/null || python3 -m pip install -q $(PIP_TEST_PACKAGES)

deps-bench:
	$(call apt_install,$(BENCH_PACKAGES))

build: deps-run
	$(SWIFT) build -c release

run: build
	.build/release/hemimatch $(SAMPLE)

# The install and dist tests (Tests/HemimatchTests/InstallEndToEndTests.swift) run `make install` and
# unpack the tarball: `dist` builds the static binary first, in a build folder of its own.
test: deps-test format-check dist
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# The fast tier: every unit test, every command's behaviour run in process (HemimatchCommandsTests)
# and the golden outputs, validated against the schema; without the binary tier (HemimatchTests:
# exit codes, standard input, signals, install, Python, Chromium, Snakemake and MultiQC) and the
# S3 object-store test (a moto server, installed by deps-test).
check: deps-check format-check
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --skip HemimatchTests --skip GoldenCommandLineTests --skip ObjectStoreInputTests

# The code's layout against .swift-format (swift-format ships with the Swift toolchain): `format-check`
# fails on any difference (run by `check`, so by `test` and CI too), `format` rewrites the files in place.
FORMAT_PATHS := Sources Tests Package.swift
format-check:
	$(SWIFT) format lint --strict --parallel --recursive $(FORMAT_PATHS)

format:
	$(SWIFT) format format --in-place --parallel --recursive $(FORMAT_PATHS)

# Records the golden outputs of Tests/Golden/ again, in process. A rewrite is a commit of
# its own that says why the bytes changed.
golden: deps-check
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
	$(SWIFT) test --skip-build --sanitize=thread --scratch-path .build-tsan --filter 'MatchPipelineTests|VariantReaderTests|MatchingEndToEndTests|CohortEndToEndTests|RegionReadingTests|RecordBufferTests|ReadAheadTests|KnowledgeBasePreloadTests'

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

# Times the binary `make install` installs (Swift's runtime and Foundation linked in: a third less
# start-up than loading them as shared libraries).
bench: deps-bench static
	Benchmarks/bench.sh

# The man page, from every command's --help, by swift-argument-parser's generate-manual plugin, with
# the sections the plugin cannot write (ENVIRONMENT, FILES, SEE ALSO) appended from docs/man/hemimatch.sections.mdoc.
man: deps-run
	mkdir -p docs/man
	$(SWIFT) package --allow-writing-to-package-directory generate-manual --output-directory "$(CURDIR)/docs/man" --date 2026-12-02
	sed -i -e '$$a\' docs/man/hemimatch.1 && cat docs/man/hemimatch.sections.mdoc >> docs/man/hemimatch.1

# Installing anywhere: the binary with the Swift standard library and Foundation linked in (it runs
# where no Swift toolchain is; htslib stays Debian's shared libhts3), built in .build-static so that
# the debug build and the test build stay as they are.
VERSION := $(shell grep -hoE 'static let current = "[0-9][^"]*"' Sources/Run/Version.swift | cut -d'"' -f2)
PREFIX ?= /usr/local
DESTDIR ?=
# A PREFIX or DESTDIR with whitespace would be split into two paths by the shell and by make's word
# functions (and `rm -rf` would remove the first): install and uninstall refuse it.
refuse_spaced_prefix = @case "$(DESTDIR)$(PREFIX)" in *[[:space:]]*) echo "make: PREFIX and DESTDIR must not contain whitespace: '$(DESTDIR)$(PREFIX)'" >&2; exit 2;; esac
STATIC_SCRATCH := .build-static
STATIC_BIN := $(STATIC_SCRATCH)/release/hemimatch
DIST_NAME := hemimatch-$(VERSION)-linux-$(shell uname -m)
DIST_DIR := $(STATIC_SCRATCH)/dist
# Dates in the tarball: the last commit's, so that packing the same commit twice gives the same listing.
DIST_DATE := $(shell git log -1 --format=%ct 2>/dev/null || echo 0)
# The knowledge base's files (its curation tools in Reference/tools/ are not installed).
KNOWLEDGE_BASE_FILES := $(shell find Reference -maxdepth 1 -type f ! -name '.*' | LC_ALL=C sort)
# What `install` puts under PREFIX (and `uninstall` removes).
INSTALLED := bin/hemimatch share/hemimatch share/man/man1/hemimatch.1 share/bash-completion/completions/hemimatch \
	share/zsh/site-functions/_hemimatch share/fish/vendor_completions.d/hemimatch.fish

# Linked as a position-dependent executable (as Go links its binaries): the static Swift runtime and
# Foundation otherwise leave ~86,000 relative relocations (a 2 MB table) for the loader to apply on
# every start, about 1.4 ms of a small file's run. Shared libraries (htslib, glibc) keep their ASLR.
# libstdc++ and libgcc's unwinder (the Swift runtime's and BoringSSL's C++) are linked in too: loading
# and relocating libstdc++.so.6 and libgcc_s.so.1 cost ~0.4-0.9 ms and ~70 page faults on every start.
# The folder STATIC_LINK holds only libstdc++.a, so that `-lstdc++` finds it before the compiler's
# libstdc++.so. htslib stays Debian's shared libhts3: its network access (http, https, s3, gs) is in
# plugins it loads with dlopen, which register their URL schemes in the libhts.so.3 they are linked
# against; a linked-in htslib would not see them (measured and not kept: docs/development.md).
# The toolchain's clang beside swift, else the one on PATH (a `SWIFT=swift` override has no folder).
CLANG ?= $(or $(wildcard $(dir $(SWIFT))clang),$(shell command -v clang || command -v cc))
STATIC_LINK := $(STATIC_SCRATCH)/link
static: deps-run
	@libstdcxx=$$($(CLANG) -print-file-name=libstdc++.a); test -f "$$libstdcxx" || { echo "libstdc++.a not found by $(CLANG) -print-file-name (Debian: libstdc++-12-dev, which the Swift toolchain needs)" >&2; exit 1; }; \
		mkdir -p $(STATIC_LINK) && ln -sfn "$$libstdcxx" $(STATIC_LINK)/libstdc++.a
	$(SWIFT) build -c release --static-swift-stdlib --scratch-path $(STATIC_SCRATCH) -Xlinker -no-pie \
		-Xswiftc -L$(CURDIR)/$(STATIC_LINK) -Xlinker -lgcc_eh

# PREFIX/bin/hemimatch; the knowledge base in PREFIX/share/hemimatch/Reference (where the binary looks,
# beside its prefix); the man page in share/man/man1; bash, zsh and fish completions where each shell
# looks for them. DESTDIR stages the same tree elsewhere (for a package or an image).
# The knowledge-base folder is hemimatch's own: emptied first, so that a file an older release had (the
# 0.8.1 gene_spans.tsv) does not stay beside the new ones and make every report's version `(modified)`.
install: static
	$(refuse_spaced_prefix)
	rm -rf "$(DESTDIR)$(PREFIX)/share/hemimatch/Reference"
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/hemimatch/Reference $(DESTDIR)$(PREFIX)/share/man/man1 \
		$(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
		$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 755 -s $(STATIC_BIN) $(DESTDIR)$(PREFIX)/bin/hemimatch
	install -m 644 $(KNOWLEDGE_BASE_FILES) $(DESTDIR)$(PREFIX)/share/hemimatch/Reference/
	install -m 644 docs/man/hemimatch.1 $(DESTDIR)$(PREFIX)/share/man/man1/hemimatch.1
	$(STATIC_BIN) --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/hemimatch
	$(STATIC_BIN) --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_hemimatch
	$(STATIC_BIN) --generate-completion-script fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/hemimatch.fish

# Removes what `install` put there (folders that other packages share are left).
uninstall:
	$(refuse_spaced_prefix)
	rm -rf $(addprefix $(DESTDIR)$(PREFIX)/,$(INSTALLED))

# $(DIST_DIR)/hemimatch-VERSION-linux-ARCH.tar.gz: one folder holding bin/ and share/ as `install` lays
# them out, README.md, LICENSE, NOTICE and SHA256SUMS (of every other file in it).
dist: static
	rm -rf $(DIST_DIR)/$(DIST_NAME) $(DIST_DIR)/$(DIST_NAME).tar.gz
	$(MAKE) --no-print-directory install DESTDIR= PREFIX=$(CURDIR)/$(DIST_DIR)/$(DIST_NAME)
	install -m 644 README.md LICENSE NOTICE $(DIST_DIR)/$(DIST_NAME)/
	cd $(DIST_DIR)/$(DIST_NAME) && find . -type f ! -name SHA256SUMS -printf '%P\n' | LC_ALL=C sort | xargs sha256sum > SHA256SUMS
	tar -C $(DIST_DIR) --sort=name --owner=0 --group=0 --numeric-owner --mtime=@$(DIST_DATE) -cf - $(DIST_NAME) \
		| gzip -n > $(DIST_DIR)/$(DIST_NAME).tar.gz
	@echo "$(DIST_DIR)/$(DIST_NAME).tar.gz"

clean:
	rm -rf .build $(STATIC_SCRATCH)

# The release step of a knowledge-base change: records every Reference/ file's SHA-256 in
# Reference/MANIFEST.sha256. A run whose knowledge base differs from it prints the version as
# "0.4.0 (modified)"; a test fails while the shipped tables differ from it. The files are those
# `make install` ships (the curation tools in Reference/tools/ are not part of a release).
kb-manifest:
	cd Reference && LC_ALL=C sha256sum $(patsubst Reference/%,%,$(filter-out Reference/MANIFEST.sha256,$(KNOWLEDGE_BASE_FILES))) > MANIFEST.sha256
