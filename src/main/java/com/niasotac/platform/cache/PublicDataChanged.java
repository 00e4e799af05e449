package com.niasotac.platform.cache;

/**
 * Fired by any write to data anonymous clients read: after commit, this node drops what it keeps of that data
 * (public responses, promotion snapshot, shop contact) and, through {@link ClusterChanges}, so do the others.
 * {@code fromAnotherNode} marks the copy a node fires when another one tells it, so it is not told on again.
 */
public record PublicDataChanged(String what, boolean fromAnotherNode) {

    public PublicDataChanged(String what) {
        this(what, false);
    }
}
