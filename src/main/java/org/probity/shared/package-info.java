/**
 * What every module shares: jurisdiction scoping, audited-change events, text folding and the CSV import mechanism.
 * <p>
 * The {@value org.probity.shared.Jurisdiction#FILTER} filter defined here is switched on for every Hibernate session;
 * an entity takes part by declaring {@code @Filter(name = Jurisdiction.FILTER, condition = "<path column> like :scope escape '!'")}.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@FilterDef(name = Jurisdiction.FILTER, autoEnabled = true, applyToLoadByKey = true,
		parameters = @ParamDef(name = "scope", type = String.class, resolver = JurisdictionScope.class))
package org.probity.shared;

import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.ParamDef;
import org.springframework.modulith.ApplicationModule;
