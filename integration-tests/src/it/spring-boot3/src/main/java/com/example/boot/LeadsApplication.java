package com.example.boot;

import com.example.crm.ZohoCrmClient;
import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A Boot 3 application that uses the generated client with Boot's own Jackson 2 mapper. */
@SpringBootApplication
public class LeadsApplication {
  public static void main(String[] args) {
    SpringApplication.run(LeadsApplication.class, args);
  }

  @Bean
  ZohoCrmClient zohoCrm(ObjectMapper jsonMapper, @Value("${crm.base-url}") String baseUrl) {
    return ZohoCrmClient.builder()
        .baseUrl(URI.create(baseUrl))
        .bearerToken(() -> "boot-token")
        .objectMapper(jsonMapper)
        .build();
  }
}
