package io.github.postman2java.overrides;

/**
 * A generated type, addressed where it occurs ({@code "Leads/Get Leads response $.data[*]"}:
 * stable whatever the type is named) or by the name inference gave it ({@code LeadsResponse},
 * {@code LeadsResponse.Data}).
 *
 * @param occurrence the body position, or {@code null} for the name form
 * @param generatedName the name form, or {@code null}
 */
public record TypeAddress(MemberAddress occurrence, String generatedName) {
  @Override
  public String toString() {
    return occurrence != null ? occurrence.toString() : generatedName;
  }
}
