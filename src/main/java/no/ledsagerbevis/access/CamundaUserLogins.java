package no.ledsagerbevis.access;

import java.util.Optional;
import no.ledsagerbevis.errors.InvalidInputException;
import no.ledsagerbevis.identity.AsSystem;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.springframework.stereotype.Component;

/** Users with passwords in Camunda's embedded identity service (the same logins as the webapps). */
@Component
class CamundaUserLogins implements UserLogins {

  private final IdentityService identityService;
  private final AsSystem asSystem;

  CamundaUserLogins(IdentityService identityService, AsSystem asSystem) {
    this.identityService = identityService;
    this.asSystem = asSystem;
  }

  @Override
  public boolean exists(String brukernavn) {
    return find(brukernavn) != null;
  }

  @Override
  public Optional<String> navn(String brukernavn) {
    return Optional.ofNullable(find(brukernavn)).map(CamundaUserLogins::displayName);
  }

  @Override
  public void requirePolicyCompliant(String felt, String brukernavn, String navn, String passord) {
    PasswordPolicy policy = identityService.getPasswordPolicy();
    PasswordPolicyResult result = identityService.checkPasswordAgainstPolicy(policy, passord,
        newUser(brukernavn, navn == null ? "" : navn));
    if (!result.isValid()) {
      throw new InvalidInputException(felt, PasswordPolicyText.refusal(policy.getRules(), result.getViolatedRules()));
    }
  }

  @Override
  public void create(String brukernavn, String navn, String passord, boolean passwordPolicy) {
    User user = newUser(brukernavn, navn);
    user.setPassword(passord);
    ((IdentityServiceImpl) identityService).saveUser(user, !passwordPolicy);
  }

  private User newUser(String brukernavn, String navn) {
    User user = identityService.newUser(brukernavn);
    String trimmed = navn.trim();
    int lastSpace = trimmed.lastIndexOf(' ');
    user.setFirstName(lastSpace < 0 ? trimmed : trimmed.substring(0, lastSpace).trim());
    user.setLastName(lastSpace < 0 ? "" : trimmed.substring(lastSpace + 1));
    return user;
  }

  @Override
  public boolean checkPassword(String brukernavn, String passord) {
    return identityService.checkPassword(brukernavn, passord);
  }

  @Override
  public void changePassword(String brukernavn, String passord) {
    User user = find(brukernavn);
    user.setPassword(passord);
    identityService.saveUser(user);
  }

  @Override
  public void delete(String brukernavn) {
    if (exists(brukernavn)) {
      identityService.deleteUser(brukernavn);
    }
  }

  @Override
  public boolean isOperator(String brukernavn) {
    return identityService.createGroupQuery().groupMember(brukernavn).groupId(Groups.CAMUNDA_ADMIN).count() > 0;
  }

  // As the application: whoever asks (a signer completing a task, say) may lack READ on other users.
  private User find(String brukernavn) {
    return asSystem.call(() -> identityService.createUserQuery().userId(brukernavn).singleResult());
  }

  private static String displayName(User user) {
    String first = user.getFirstName() == null ? "" : user.getFirstName();
    String last = user.getLastName() == null ? "" : user.getLastName();
    return (first + " " + last).trim();
  }
}
