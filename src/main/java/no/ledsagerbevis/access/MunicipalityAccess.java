package no.ledsagerbevis.access;

/**
 * What other features ask of access control. The {@code require*} methods judge the current API user
 * ({@code web.CurrentUser}); members of {@code camunda-admin} always pass.
 */
public interface MunicipalityAccess {

  /** Creates the municipality's tenant and service-administrator group if missing; idempotent. */
  void ensureTenantAndAdministratorGroup(String kommunenummer, String kommunenavn);

  /** True when the municipality has at least one service administrator and at least one user group. */
  boolean hasAdministratorAndUserGroup(String kommunenummer);

  /** Throws {@code errors.ForbiddenException} unless the current user administers the municipality. */
  void requireAdministrator(String kommunenummer);

  /**
   * Throws {@code errors.ForbiddenException} unless the current user is a member of the group (or an
   * administrator of its municipality).
   */
  void requireGroupMember(String kommunenummer, String gruppeId);

  /** Whether the user belongs to the group (active or not). */
  boolean isGroupMember(String userId, String gruppeId);

  /** The user group the user works in now (K16); empty for users without a user group. */
  java.util.Optional<String> activeGroupId(String userId);
}
