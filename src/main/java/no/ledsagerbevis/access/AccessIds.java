package no.ledsagerbevis.access;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The ids of a municipality's tenant and groups in Camunda. A user group's Camunda group id is its
 * {@code gruppeId}, and it is the candidate group of the group's case tasks.
 */
public final class AccessIds {

  static final String ADMINISTRATOR_SUFFIX = "-administratorer";
  /** Camunda ids have at most 64 characters: "0301-" + slug, with room for a "-2" suffix on a clash. */
  private static final int MAX_SLUG = 56;

  private AccessIds() {
  }

  /** {@code kommune0301}. */
  public static String tenantId(String kommunenummer) {
    return "kommune" + kommunenummer;
  }

  /** The municipality of a tenant: {@code 0301} for {@code kommune0301}. */
  public static String kommunenummerOfTenant(String tenantId) {
    if (tenantId == null || !tenantId.matches("kommune\\d{4}")) {
      throw new IllegalArgumentException("Not a municipality tenant id: " + tenantId);
    }
    return tenantId.substring("kommune".length());
  }

  /** {@code 0301-administratorer}: the municipality's service administrators. */
  public static String administratorGroupId(String kommunenummer) {
    return kommunenummer + ADMINISTRATOR_SUFFIX;
  }

  /** {@code 0301-avdeling-1} for "Avdeling 1". */
  public static String userGroupId(String kommunenummer, String gruppenavn) {
    String slug = slug(gruppenavn);
    if (slug.length() > MAX_SLUG) {
      slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
    }
    return kommunenummer + "-" + slug;
  }

  /** The municipality a group id belongs to (its four leading digits). */
  public static String kommunenummerOfGroup(String gruppeId) {
    if (gruppeId == null || gruppeId.length() < 6 || gruppeId.charAt(4) != '-'
        || !gruppeId.substring(0, 4).chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException("Not a municipality group id: " + gruppeId);
    }
    return gruppeId.substring(0, 4);
  }

  /** Lower-case ASCII: æ->ae, ø->o, å->a, other accents dropped, runs of anything else become one '-'. */
  static String slug(String gruppenavn) {
    String lower = gruppenavn.trim().toLowerCase(Locale.ROOT)
        .replace("æ", "ae").replace("ø", "o").replace("å", "a");
    String ascii = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }
}
