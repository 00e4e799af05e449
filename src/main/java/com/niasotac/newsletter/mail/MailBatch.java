package com.niasotac.newsletter.mail;

/** Several mails over one connection; close it when done. */
public interface MailBatch extends AutoCloseable {

    void send(OutgoingMail mail) throws MailFailure;

    /** False once the server dropped the connection: the batch can send nothing more. */
    boolean usable();

    @Override
    void close();
}
