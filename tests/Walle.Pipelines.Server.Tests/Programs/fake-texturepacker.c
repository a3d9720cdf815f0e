/* A TexturePacker stand-in for its container image: "--version" reports 7.1.0; a pack needs TP_FLOATING_LICENSE
   (as the studio's image entrypoint would activate from it), refuses a key on its command line, checks that the
   sprite folder (the last argument) was copied in, and writes the sheet baked into the image (/fixture) to the
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
    struct stat info;
    if (stat(argv[argc - 1], &info) != 0 || !S_ISDIR(info.st_mode)) { fprintf(stderr, "TexturePacker: no sprite folder %s\n", argv[argc - 1]); return 7; }
    if (!data || !sheet) { fprintf(stderr, "TexturePacker: --data and --sheet are required\n"); return 2; }
    if (getenv("FAKE_TP_HANG")) for (;;) pause();
    if (copy("/fixture/sheet.plist", data) || copy("/fixture/sheet.png", sheet)) return 8;
    puts("Resulting sprite sheet is packed");
    return 0;
}
