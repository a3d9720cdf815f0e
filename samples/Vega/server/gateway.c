/* Vega's gateway, reduced to what an image needs: answers GET /health with 200 "ok" on port 8080
   (or $PORT), everything else with 404. Built with gcc -static so the image can be FROM scratch. */
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static void reply(int client, const char *status, const char *body) {
    char response[256];
    int length = snprintf(response, sizeof response,
        "HTTP/1.0 %s\r\nContent-Type: text/plain\r\nContent-Length: %zu\r\nConnection: close\r\n\r\n%s",
        status, strlen(body), body);
    if (write(client, response, (size_t)length) < 0) perror("write");
}

static void stop(int signal_number) { (void)signal_number; _exit(0); }

int main(void) {
    signal(SIGTERM, stop);
    signal(SIGINT, stop);
    const char *port_text = getenv("PORT");
    int port = port_text ? atoi(port_text) : 8080;
    if (port <= 0 || port > 65535) { fprintf(stderr, "gateway: PORT '%s' is not a port number\n", port_text); return 1; }
    int server = socket(AF_INET, SOCK_STREAM, 0);
    int yes = 1;
    setsockopt(server, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    struct sockaddr_in address = { .sin_family = AF_INET, .sin_port = htons((unsigned short)port), .sin_addr.s_addr = htonl(INADDR_ANY) };
    if (bind(server, (struct sockaddr *)&address, sizeof address) != 0 || listen(server, 16) != 0) { perror("listen"); return 1; }
    printf("vega gateway listening on %d\n", port);
    fflush(stdout);
    for (;;) {
        int client = accept(server, NULL, NULL);
        if (client < 0) continue;
        char request[1024] = {0};
        ssize_t got = read(client, request, sizeof request - 1);
        if (got > 0 && strncmp(request, "GET /health ", 12) == 0) reply(client, "200 OK", "ok\n");
        else reply(client, "404 Not Found", "not found\n");
        close(client);
    }
}
