/* A stand-in for a licensed CLI such as TexturePacker, for the container runner's tests.
   fake-tool [--fail] [--hang] [--symlink] [--sleep N] OUTPUT INPUT...
   Refuses to run (exit 3) unless FAKE_TOOL_LICENSE is set, and prints the key as careless tools do (the runner must
   mask it). Writes OUTPUT: one line "path size" per file found under the inputs, then OUTPUT.extra. --fail exits 1
   after writing, --hang never ends, --symlink also writes a link to /etc/passwd next to OUTPUT. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int walk(FILE *out, const char *path) {
    struct stat info;
    if (lstat(path, &info) != 0) { perror(path); return 1; }
    if (S_ISDIR(info.st_mode)) {
        DIR *dir = opendir(path);
        if (!dir) { perror(path); return 1; }
        struct dirent *entry;
        int failed = 0;
        while ((entry = readdir(dir))) {
            if (!strcmp(entry->d_name, ".") || !strcmp(entry->d_name, "..")) continue;
            char child[4096];
            snprintf(child, sizeof child, "%s/%s", path, entry->d_name);
            failed |= walk(out, child);
        }
        closedir(dir);
        return failed;
    }
    fprintf(out, "%s %lld\n", path, (long long)info.st_size);
    return 0;
}

int main(int argc, char **argv) {
    int fail = 0, hang = 0, symlink_out = 0, sleep_seconds = 0, i = 1;
    for (; i < argc && !strncmp(argv[i], "--", 2); i++) {
        if (!strcmp(argv[i], "--fail")) fail = 1;
        else if (!strcmp(argv[i], "--hang")) hang = 1;
        else if (!strcmp(argv[i], "--symlink")) symlink_out = 1;
        else if (!strcmp(argv[i], "--sleep") && i + 1 < argc) sleep_seconds = atoi(argv[++i]);
    }
    const char *license = getenv("FAKE_TOOL_LICENSE");
    if (!license || !*license) { fprintf(stderr, "fake-tool: no licence: set FAKE_TOOL_LICENSE\n"); return 3; }
    printf("fake-tool: licensed to key %s\n", license);
    if (i >= argc) { fprintf(stderr, "usage: fake-tool [options] OUTPUT INPUT...\n"); return 2; }
    const char *output = argv[i++];
    FILE *out = fopen(output, "w");
    if (!out) { perror(output); return 4; }
    int failed = 0;
    for (; i < argc; i++) failed |= walk(out, argv[i]);
    fclose(out);
    char extra[4096];
    snprintf(extra, sizeof extra, "%s.extra", output);
    FILE *second = fopen(extra, "w");
    if (second) { fputs("extra\n", second); fclose(second); }
    if (symlink_out) { snprintf(extra, sizeof extra, "%s.link", output); if (symlink("/etc/passwd", extra) != 0) perror("symlink"); }
    if (sleep_seconds) sleep((unsigned)sleep_seconds);
    while (hang) pause();
    printf("fake-tool: done\n");
    return fail || failed ? 1 : 0;
}
