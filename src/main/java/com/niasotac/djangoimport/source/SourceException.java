package com.niasotac.djangoimport.source;

/** A source the importer cannot read, with the sentence an operator needs to fix it. Nothing was written. */
public class SourceException extends Exception {

    private static final long serialVersionUID = 1L;

    public SourceException(String message) {
        super(message);
    }

    public SourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
