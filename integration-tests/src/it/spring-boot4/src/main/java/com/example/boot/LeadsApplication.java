package com.example.boot;

import com.example.crm.ZohoCrmClient;
import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/** A Boot 4 application that uses the generated client with Boot's own Jackson 3 mapper. */
@SpringBootApplication
public class LeadsApplication {
  public static void main(String[] args) {
    SpringApplication.run(LeadsApplication.class, args);
  }

  @Bean
  ZohoCrmClient zohoCrm(JsonMapper jsonMapper, @Value("${crm.base-url}") String baseUrl) {
    return ZohoCrmClient.builder()
        .baseUrl(URI.create(baseUrl))
        .bearerToken(() -> "boot-token")
        .objectMapper(jsonMapper)
        .build();
  }
}
