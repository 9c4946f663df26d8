package org.opensts.domain.error;

/** An IAM entity is not there, already there, in use, or one too many. */
public final class EntityException extends StsException {

  private EntityException(ErrorCode code, String message) {
    super(code, message);
  }

  public static EntityException noSuchEntity(String message) {
    return new EntityException(ErrorCode.NO_SUCH_ENTITY, message);
  }

  public static EntityException alreadyExists(String message) {
    return new EntityException(ErrorCode.ENTITY_ALREADY_EXISTS, message);
  }

  /**
   * Another request changed the same entity between this request's read and its write, on this node
   * or another; the caller retries, as AWS's clients do with IAM's error of this name.
   */
  public static EntityException concurrentModification(String message) {
    return new EntityException(ErrorCode.CONCURRENT_MODIFICATION, message);
  }

  public static EntityException deleteConflict(String message) {
    return new EntityException(ErrorCode.DELETE_CONFLICT, message);
  }

  /** AWS's quota wording, such as {@code Cannot exceed quota for AccessKeysPerUser: 2}. */
  public static EntityException limitExceeded(String quota, int limit) {
    return new EntityException(
        ErrorCode.LIMIT_EXCEEDED, "Cannot exceed quota for " + quota + ": " + limit);
  }

  /**
   * AWS's wording when an entity's inline policies together grow too large, such as {@code Maximum
   * policy size of 2048 bytes exceeded for user alice}.
   *
   * @param entity {@code user} or {@code role}
   */
  public static EntityException policySizeExceeded(int limit, String entity, String name) {
    return new EntityException(
        ErrorCode.LIMIT_EXCEEDED,
        "Maximum policy size of " + limit + " bytes exceeded for " + entity + " " + name);
  }
}
