package com.niasotac.djangoimport.service;

import java.sql.SQLException;

/** An entity whose values are one row of one table here: written, rewritten and deleted by its {@link TableWriter}. */
abstract class PlainRowImport<R, V> implements EntityImport<R, V> {

    private final TableWriter table;

    PlainRowImport(TableWriter table) {
        this.table = table;
    }

    /** The values in the order of the table writer's columns. */
    abstract Object[] columns(V values);

    @Override
    public long insert(Tx tx, V values) throws SQLException {
        return table.insert(tx, columns(values));
    }

    @Override
    public boolean update(Tx tx, long newId, V values) throws SQLException {
        return table.update(tx, newId, columns(values));
    }

    @Override
    public void delete(Tx tx, long newId) throws SQLException {
        table.delete(tx, newId);
    }
}
