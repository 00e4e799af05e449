package com.niasotac.djangoimport.service;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * The transaction that writes one Django row (and its mapping), with the file work that goes with it: files
 * stored for the row are deleted again if it rolls back; files it replaced are deleted once it has committed.
 */
public final class Tx {

    private final Connection connection;
    private final List<Runnable> onRollback = new ArrayList<>();
    private final List<Runnable> afterCommit = new ArrayList<>();

    Tx(Connection connection) {
        this.connection = connection;
    }

    public Connection connection() {
        return connection;
    }

    public void onRollback(Runnable action) {
        onRollback.add(action);
    }

    public void afterCommit(Runnable action) {
        afterCommit.add(action);
    }

    List<Runnable> rollbackActions() {
        return onRollback;
    }

    List<Runnable> commitActions() {
        return afterCommit;
    }
}
