package dk.kriminalforsorgen.mentorordning.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 written by hand on a socket, for what no HTTP client sends: malformed request lines and
 * URLs, a forged Host header, and requests from a chosen loopback address (127.0.0.2 plays the
 * trusted reverse proxy in the tests, WS2).
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** Sends {@code head} (request line and headers, without the final blank line) and returns the whole response. */
    public static Response send(int port, String fromAddress, String head) throws IOException {
        return send(port, fromAddress, head, "");
    }

    /** As {@link #send(int, String, String)}, with a body after the blank line (its length is added). */
    public static Response send(int port, String fromAddress, String head, String body) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(fromAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(15000);
            OutputStream out = socket.getOutputStream();
            byte[] content = body.getBytes(StandardCharsets.ISO_8859_1);
            String length = content.length == 0 ? "" : "\r\nContent-Length: " + content.length;
            out.write((head + length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            in.transferTo(received);
            return new Response(received.toString(StandardCharsets.UTF_8));
        }
    }

    public static Response get(int port, String path, String... headers) throws IOException {
        return send(port, "127.0.0.1", "GET " + path + " HTTP/1.1\r\nHost: localhost" + join(headers));
    }

    /** A form POST whose body is sent exactly as given (already percent-encoded, or not). */
    public static Response postForm(int port, String path, String body) throws IOException {
        return send(port, "127.0.0.1", "POST " + path + " HTTP/1.1\r\nHost: localhost"
                + "\r\nContent-Type: application/x-www-form-urlencoded", body);
    }

    public static Response getFrom(String fromAddress, int port, String path, String... headers) throws IOException {
        return send(port, fromAddress, "GET " + path + " HTTP/1.1\r\nHost: localhost" + join(headers));
    }

    private static String join(String[] headers) {
        StringBuilder lines = new StringBuilder();
        for (String header : headers) {
            lines.append("\r\n").append(header);
        }
        return lines.toString();
    }

    /** The raw response: status line, headers and body. */
    public record Response(String text) {

        public int status() {
            return Integer.parseInt(text.substring(9, 12));
        }

        /** The value of the first header with this name (case-insensitive), or null. */
        public String header(String name) {
            for (String line : head().split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }

        public String head() {
            int end = text.indexOf("\r\n\r\n");
            return end < 0 ? text : text.substring(0, end);
        }

        public String body() {
            int end = text.indexOf("\r\n\r\n");
            return end < 0 ? "" : text.substring(end + 4);
        }
    }
}
