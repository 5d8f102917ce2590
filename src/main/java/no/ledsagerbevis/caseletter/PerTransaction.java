package no.ledsagerbevis.caseletter;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What one transaction (one job, one task completion, one API request) has read already: the case row, the
 * municipality's settings and accounts are read once and handed to every step of that transaction, instead
 * of each delegate, listener and expression reading them again. Writers {@link #forget} what they change.
 * Outside a transaction nothing is kept.
 */
final class PerTransaction {

  private static final Object KEY = PerTransaction.class;

  private PerTransaction() {
  }

  @SuppressWarnings("unchecked")
  static <T> T get(Object key, Supplier<T> read) {
    Map<Object, Object> memo = memo();
    if (memo == null) {
      return read.get();
    }
    if (memo.containsKey(key)) {
      return (T) memo.get(key);
    }
    T value = read.get();
    memo.put(key, value);
    return value;
  }

  static void put(Object key, Object value) {
    Map<Object, Object> memo = memo();
    if (memo != null) {
      memo.put(key, value);
    }
  }

  static void forget(Object key) {
    Map<Object, Object> memo = memo();
    if (memo != null) {
      memo.remove(key);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<Object, Object> memo() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    Map<Object, Object> memo = (Map<Object, Object>) TransactionSynchronizationManager.getResource(KEY);
    if (memo == null) {
      Map<Object, Object> fresh = new HashMap<>();
      TransactionSynchronizationManager.bindResource(KEY, fresh);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
        }
      });
      memo = fresh;
    }
    return memo;
  }
}
