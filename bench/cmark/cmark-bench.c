/*
 * The "libcmark-gfm alone" baseline of the benchmark: in one process, read every Markdown
 * file under PROJECT/Content, drop its front matter, then parse and render each body to HTML
 * with the options Pressroom gives cmark-gfm (smart punctuation, footnotes; the table,
 * strikethrough, autolink, tagfilter and tasklist extensions). Nothing is written.
 *
 *     cmark-bench PROJECT
 *
 * Prints one line: files, bytes in and out, and the CPU time of reading and of parsing and
 * rendering (CLOCK_PROCESS_CPUTIME_ID). One thread; the whole process is also timed from
 * outside with /usr/bin/time.
 */
#define _XOPEN_SOURCE 700
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>

struct body {
    char *text;
    size_t length;
};

static struct body *bodies;
static size_t count, capacity, bytes_in;

static double cpu_seconds(void) {
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* The body of a Markdown file: what follows the closing "---" line of its front matter. */
static void strip_front_matter(struct body *b) {
    if (b->length < 4 || memcmp(b->text, "---\n", 4) != 0) return;
    for (size_t i = 3; i + 4 <= b->length; i++) {
        if (b->text[i] == '\n' && memcmp(b->text + i + 1, "---", 3) == 0 &&
            (i + 4 == b->length || b->text[i + 4] == '\n')) {
            size_t start = i + 4 < b->length ? i + 5 : i + 4;
            memmove(b->text, b->text + start, b->length - start);
            b->length -= start;
            return;
        }
    }
}

static int read_markdown(const char *path, const struct stat *st, int type, struct FTW *ftw) {
    (void)ftw;
    size_t n = strlen(path);
    if (type != FTW_F || n < 3 || strcmp(path + n - 3, ".md") != 0) return 0;
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return 1;
    }
    if (count == capacity) {
        capacity = capacity ? capacity * 2 : 1024;
        bodies = realloc(bodies, capacity * sizeof *bodies);
        if (!bodies) return 1;
    }
    struct body *b = &bodies[count];
    b->text = malloc((size_t)st->st_size + 1);
    if (!b->text) return 1;
    b->length = fread(b->text, 1, (size_t)st->st_size, f);
    fclose(f);
    bytes_in += b->length;
    strip_front_matter(b);
    count++;
    return 0;
}

/* Parses and renders every body; the bytes of HTML made, or (size_t)-1 when an extension is
 * missing. A function of its own, so that `valgrind --tool=callgrind
 * --toggle-collect=parse_and_render_all` counts the instructions of this work alone
 * (bench/instructions.sh). */
__attribute__((noinline)) size_t parse_and_render_all(void) {
    cmark_gfm_core_extensions_ensure_registered();
    const char *names[] = {"table", "strikethrough", "autolink", "tagfilter", "tasklist"};
    int options = CMARK_OPT_SMART | CMARK_OPT_FOOTNOTES;
    size_t bytes_out = 0;
    for (size_t i = 0; i < count; i++) {
        cmark_parser *parser = cmark_parser_new(options);
        for (size_t e = 0; e < sizeof names / sizeof *names; e++) {
            cmark_syntax_extension *extension = cmark_find_syntax_extension(names[e]);
            if (!extension) {
                fprintf(stderr, "cmark-gfm has no %s extension\n", names[e]);
                return (size_t)-1;
            }
            cmark_parser_attach_syntax_extension(parser, extension);
        }
        cmark_parser_feed(parser, bodies[i].text, bodies[i].length);
        cmark_node *document = cmark_parser_finish(parser);
        char *html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser));
        bytes_out += strlen(html);
        free(html);
        cmark_node_free(document);
        cmark_parser_free(parser);
    }
    return bytes_out;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s PROJECT   (reads PROJECT/Content/**/*.md)\n", argv[0]);
        return 2;
    }
    char content[4096];
    snprintf(content, sizeof content, "%s/Content", argv[1]);

    double start = cpu_seconds();
    if (nftw(content, read_markdown, 32, FTW_PHYS) != 0) {
        fprintf(stderr, "cannot read the Markdown files under %s\n", content);
        return 1;
    }
    double read_done = cpu_seconds();

    size_t bytes_out = parse_and_render_all();
    if (bytes_out == (size_t)-1) return 1;
    double render_done = cpu_seconds();

    printf("cmark-gfm %s: %zu files, %zu bytes of Markdown, %zu bytes of HTML; "
           "CPU: read %.3f s, parse and render %.3f s\n",
           cmark_version_string(), count, bytes_in, bytes_out, read_done - start, render_done - read_done);
    for (size_t i = 0; i < count; i++) free(bodies[i].text);
    free(bodies);
    return 0;
}
