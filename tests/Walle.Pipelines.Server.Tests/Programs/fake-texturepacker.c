/* A TexturePacker stand-in for its container image: "--version" reports 7.1.0; a pack needs TP_FLOATING_LICENSE
   (as the studio's image entrypoint would activate from it), refuses a key on its command line, checks that the
   sprite folder (the last argument) was copied in — or, given a project (.tps) first, that every <filename> it lists
   is there relative to the project, as TexturePacker resolves them — and writes the sheet baked into the image (/fixture) to the
   --data and --sheet paths. With FAKE_TP_HANG set (baked into a second image), a pack never ends. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int copy(const char *from, const char *to) {
    FILE *in = fopen(from, "rb"), *out = in ? fopen(to, "wb") : NULL;
    if (!in || !out) { perror(to); return 1; }
    char buffer[65536];
    size_t got;
    while ((got = fread(buffer, 1, sizeof buffer, in)) > 0) fwrite(buffer, 1, got, out);
    fclose(in);
    return fclose(out) != 0;
}

/* Every <filename>X</filename> of the project must exist relative to the project's folder. */
static int project_sprites_present(const char *project) {
    FILE *in = fopen(project, "rb");
    if (!in) { perror(project); return 0; }
    static char text[1 << 20];
    size_t length = fread(text, 1, sizeof text - 1, in);
    fclose(in);
    text[length] = 0;
    char folder[4096];
    snprintf(folder, sizeof folder, "%s", project);
    char *slash = strrchr(folder, '/');
    if (slash) *slash = 0;
    for (char *at = strstr(text, "<filename>"); at; at = strstr(at, "<filename>")) {
        at += strlen("<filename>");
        char *end = strstr(at, "</filename>");
        if (!end) break;
        char path[8192];
        snprintf(path, sizeof path, "%s/%.*s", folder, (int)(end - at), at);
        struct stat info;
        if (stat(path, &info) != 0) { fprintf(stderr, "TexturePacker: the project's sprite %s is missing\n", path); return 0; }
    }
    return 1;
}

int main(int argc, char **argv) {
    if (argc > 1 && !strcmp(argv[1], "--version")) { puts("TexturePacker 7.1.0"); return 0; }
    const char *license = getenv("TP_FLOATING_LICENSE");
    if (!license || !*license) { fprintf(stderr, "TexturePacker: no floating licence (TP_FLOATING_LICENSE)\n"); return 5; }
    const char *data = NULL, *sheet = NULL;
    for (int i = 1; i < argc; i++) {
        if (strstr(argv[i], license)) { fprintf(stderr, "TexturePacker: the licence key was passed on the command line\n"); return 6; }
        if (!strcmp(argv[i], "--data") && i + 1 < argc) data = argv[++i];
        else if (!strcmp(argv[i], "--sheet") && i + 1 < argc) sheet = argv[++i];
    }
    size_t first = argc > 1 ? strlen(argv[1]) : 0;
    if (first > 4 && !strcmp(argv[1] + first - 4, ".tps")) {
        if (!project_sprites_present(argv[1])) return 7;
    } else {
        struct stat info;
        if (stat(argv[argc - 1], &info) != 0 || !S_ISDIR(info.st_mode)) { fprintf(stderr, "TexturePacker: no sprite folder %s\n", argv[argc - 1]); return 7; }
    }
    if (!data || !sheet) { fprintf(stderr, "TexturePacker: --data and --sheet are required\n"); return 2; }
    if (getenv("FAKE_TP_HANG")) for (;;) pause();
    if (copy("/fixture/sheet.plist", data) || copy("/fixture/sheet.png", sheet)) return 8;
    puts("Resulting sprite sheet is packed");
    return 0;
}
