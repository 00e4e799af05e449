package com.niasotac.it.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Added to the tested WAR only (with Hibernate statistics switched on): how many JDBC statements Hibernate
 * prepared since the last reset, native queries included.
 */
@Path("api/v1/test-support/statements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StatementCounterResource {

    @PersistenceUnit
    EntityManagerFactory factory;

    @POST
    public Map<String, Long> reset() {
        statistics().clear();
        return Map.of("prepared", 0L);
    }

    @GET
    public Map<String, Long> count() {
        return Map.of("prepared", statistics().getPrepareStatementCount());
    }

    private Statistics statistics() {
        return factory.unwrap(SessionFactory.class).getStatistics();
    }
}
