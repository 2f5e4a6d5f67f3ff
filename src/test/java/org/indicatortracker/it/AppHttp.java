package org.indicatortracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.indicatortracker.app.TrackerApp;
import org.indicatortracker.stream.Json;

/** A GET on a running app's HTTP API that must answer 200 with JSON. */
final class AppHttp {
    private AppHttp() {}

    static JsonNode getJson(TrackerApp app, String pathAndQuery) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.httpPort() + pathAndQuery))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET " + pathAndQuery).isEqualTo(200);
        return Json.MAPPER.readTree(response.body());
    }
}
