package no.ledsagerbevis.access;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Puts every instance of the shared (tenant-less) definitions into its municipality's tenant: a new
 * instance with a {@code kommunenummer} variable gets {@code kommune{kommunenummer}}, a called
 * sub-process or case inherits its caller's tenant, anything else stays without tenant.
 */
public class MunicipalityTenantIdProvider implements TenantIdProvider {

  static final String KOMMUNENUMMER = "kommunenummer";

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    return fromCaller(ctx.getSuperExecution(), ctx.getSuperCaseExecution(), ctx.getVariables());
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return fromCaller(ctx.getSuperExecution(), ctx.getSuperCaseExecution(), ctx.getVariables());
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
    if (ctx.getExecution() != null) {
      return ctx.getExecution().getTenantId();
    }
    return ctx.getCaseExecution() != null ? ctx.getCaseExecution().getTenantId() : null;
  }

  private static String fromCaller(DelegateExecution superExecution,
      org.camunda.bpm.engine.delegate.DelegateCaseExecution superCaseExecution, VariableMap variables) {
    if (superExecution != null) {
      return superExecution.getTenantId();
    }
    if (superCaseExecution != null) {
      return superCaseExecution.getTenantId();
    }
    return fromVariables(variables);
  }

  private static String fromVariables(VariableMap variables) {
    Object kommunenummer = variables == null ? null : variables.get(KOMMUNENUMMER);
    if (kommunenummer instanceof String k && k.trim().matches("\\d{4}")) {
      return AccessIds.tenantId(k.trim());
    }
    return null;
  }
}
