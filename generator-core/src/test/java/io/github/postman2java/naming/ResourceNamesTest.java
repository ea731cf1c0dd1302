package io.github.postman2java.naming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResourceNamesTest {
  @Test
  void itemPhraseKeepsTheWordsThatSayWhichKindOfTheResourceItIs() {
    assertThat(ResourceNames.itemPhrase("Get the authenticated user", "User"))
        .isEqualTo("AuthenticatedUser");
    assertThat(ResourceNames.itemPhrase("Get a workflow run usage", "Usage"))
        .isEqualTo("WorkflowRunUsage");
    assertThat(ResourceNames.itemPhrase("List public keys for a user", "Key"))
        .isEqualTo("PublicKey");
  }

  @Test
  void itemPhraseIsEmptyWhenItSaysNoMoreOrSomethingElse() {
    assertThat(ResourceNames.itemPhrase("Get a user", "User")).as("one word").isEmpty();
    assertThat(ResourceNames.itemPhrase("Get the authenticated user", "Repo"))
        .as("another noun").isEmpty();
    assertThat(ResourceNames.itemPhrase("Get the authenticated user", "")).isEmpty();
    assertThat(ResourceNames.itemPhrase("Follow a user", "User")).as("an unknown verb").isEmpty();
    assertThat(ResourceNames.itemPhrase("Get another user", "User")).isEmpty();
    assertThat(ResourceNames.itemPhrase(
        "Get the very long winding description every single thing user", "User"))
        .as("too long").isEmpty();
  }

  @Test
  void itemNounLeavesParticiplesOut() {
    assertThat(ResourceNames.itemNoun("List repositories starred by a user"))
        .isEqualTo("Repository");
  }
}
