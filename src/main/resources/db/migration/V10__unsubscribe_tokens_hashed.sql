-- Unsubscribe tokens are kept as their SHA-256 only, like confirmation tokens: a leaked table unsubscribes
-- nobody. Every campaign mail now carries a token of its own, hashed on its send-log row; the tokens of mails
-- sent before this migration keep working through their hash on the subscriber.
ALTER TABLE newsletter_subscriber ADD COLUMN unsubscribe_token_hash varchar(64) UNIQUE;
UPDATE newsletter_subscriber SET unsubscribe_token_hash = encode(sha256(convert_to(unsubscribe_token, 'UTF8')), 'hex');
ALTER TABLE newsletter_subscriber DROP COLUMN unsubscribe_token;

ALTER TABLE newsletter_send_log ADD COLUMN unsubscribe_token_hash varchar(64) UNIQUE;
