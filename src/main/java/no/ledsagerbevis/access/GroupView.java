package no.ledsagerbevis.access;

/** A user group as the API shows it, with the id of its Tasklist filter. */
public record GroupView(String gruppeId, String gruppenavn, String tasklistFilterId) {

  static GroupView of(UserGroup group) {
    return new GroupView(group.gruppeId(), group.gruppenavn(), group.filterId());
  }
}
