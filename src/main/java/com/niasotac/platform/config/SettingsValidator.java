package com.niasotac.platform.config;

import com.niasotac.platform.persistence.DatabaseUrl;
import com.niasotac.platform.text.WebUrls;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks every setting at once and reports every problem, so an operator fixes a bad environment in
 * one round. The same rules run at deployment ({@link ConfigurationCheck}) and before it ({@link CheckCommand}).
 */
public final class SettingsValidator {

    public static final String APP_ENV = "APP_ENV";
    public static final String DEBUG = "DEBUG";
    public static final String SECRET_KEY = "SECRET_KEY";
    public static final String ALLOWED_HOSTS = "ALLOWED_HOSTS";
    public static final String CORS_ALLOWED_ORIGINS = "CORS_ALLOWED_ORIGINS";
    public static final String DATABASE_URL = "DATABASE_URL";
    public static final String ACCESS_TOKEN_LIFETIME = "ACCESS_TOKEN_LIFETIME";
    public static final String REFRESH_TOKEN_LIFETIME = "REFRESH_TOKEN_LIFETIME";
    public static final String FRONTEND_URL = "FRONTEND_URL";
    public static final String PUBLIC_API_URL = "PUBLIC_API_URL";
    public static final String MEDIA_ROOT = "MEDIA_ROOT";
    public static final String MEDIA_BASE_URL = "MEDIA_BASE_URL";
    public static final String STORAGE_BACKEND = "STORAGE_BACKEND";
    public static final String S3_BUCKET = "S3_BUCKET";
    public static final String S3_REGION = "S3_REGION";
    public static final String S3_ENDPOINT = "S3_ENDPOINT";
    public static final String S3_ACCESS_KEY_ID = "S3_ACCESS_KEY_ID";
    public static final String S3_SECRET_ACCESS_KEY = "S3_SECRET_ACCESS_KEY";
    public static final String DEMO_DATA = "DEMO_DATA";
    public static final String PUBLIC_CACHE_SECONDS = "PUBLIC_CACHE_SECONDS";
    public static final String SMTP_HOST = "SMTP_HOST";
    public static final String SMTP_PORT = "SMTP_PORT";
    public static final String SMTP_USER = "SMTP_USER";
    public static final String SMTP_PASSWORD = "SMTP_PASSWORD";
    public static final String SMTP_STARTTLS = "SMTP_STARTTLS";
    public static final String DEFAULT_FROM_EMAIL = "DEFAULT_FROM_EMAIL";
    public static final String MAIL_OUTBOX_DIR = "MAIL_OUTBOX_DIR";
    public static final String NEWSLETTER_DISPATCH_SECONDS = "NEWSLETTER_DISPATCH_SECONDS";
    public static final String NEWSLETTER_CHUNK_SIZE = "NEWSLETTER_CHUNK_SIZE";
    public static final String NEWSLETTER_LEASE_SECONDS = "NEWSLETTER_LEASE_SECONDS";
    public static final String NEWSLETTER_CONFIRM_URL = "NEWSLETTER_CONFIRM_URL";
    public static final String REDIS_URL = "REDIS_URL";
    public static final String RATE_LIMIT_FAIL_OPEN = "RATE_LIMIT_FAIL_OPEN";
    public static final String TRUSTED_PROXIES = "TRUSTED_PROXIES";
    public static final String SENTRY_DSN = "SENTRY_DSN";
    public static final String SENTRY_ENVIRONMENT = "SENTRY_ENVIRONMENT";
    public static final String SENTRY_RELEASE = "SENTRY_RELEASE";
    /** Read by the server's datasource definition (server-config/server.cli), checked here with the rest. */
    public static final String DB_POOL_MAX_SIZE = "DB_POOL_MAX_SIZE";
    /** Read by the server's request thread pool (server-config/server.cli), checked here too. */
    public static final String WORKER_THREADS = "WORKER_THREADS";

    /** Every variable this class reads; {@code .env.example} must document each one. */
    public static final List<String> VARIABLES = java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(
                            APP_ENV,
                            DEBUG,
                            SECRET_KEY,
                            ALLOWED_HOSTS,
                            CORS_ALLOWED_ORIGINS,
                            DATABASE_URL,
                            ACCESS_TOKEN_LIFETIME,
                            REFRESH_TOKEN_LIFETIME,
                            DB_POOL_MAX_SIZE,
                            WORKER_THREADS,
                            FRONTEND_URL,
                            PUBLIC_API_URL,
                            MEDIA_ROOT,
                            MEDIA_BASE_URL,
                            STORAGE_BACKEND,
                            S3_BUCKET,
                            S3_REGION,
                            S3_ENDPOINT,
                            S3_ACCESS_KEY_ID,
                            S3_SECRET_ACCESS_KEY,
                            DEMO_DATA,
                            PUBLIC_CACHE_SECONDS,
                            SMTP_HOST,
                            SMTP_PORT,
                            SMTP_USER,
                            SMTP_PASSWORD,
                            SMTP_STARTTLS,
                            DEFAULT_FROM_EMAIL,
                            MAIL_OUTBOX_DIR,
                            NEWSLETTER_DISPATCH_SECONDS,
                            NEWSLETTER_CHUNK_SIZE,
                            NEWSLETTER_LEASE_SECONDS,
                            NEWSLETTER_CONFIRM_URL,
                            REDIS_URL,
                            RATE_LIMIT_FAIL_OPEN,
                            TRUSTED_PROXIES,
                            SENTRY_DSN,
                            SENTRY_ENVIRONMENT,
                            SENTRY_RELEASE),
                    RateLimitSettings.DEFAULTS.keySet().stream().map(RateLimitSettings::variable))
            .toList();

    /** Settings that are secrets: they may also come from a {@code NAME_FILE}. */
    public static final List<String> SECRETS =
            List.of(SECRET_KEY, DATABASE_URL, SMTP_PASSWORD, REDIS_URL, SENTRY_DSN, S3_SECRET_ACCESS_KEY);

    public static final int MIN_SECRET_LENGTH = 32;
    private static final int MIN_DISTINCT_SECRET_CHARACTERS = 10;
    /** Words that mark a value copied from documentation rather than generated. */
    private static final List<String> PLACEHOLDER_MARKERS = List.of(
            "change-me",
            "changeme",
            "change_me",
            "replace-me",
            "replace_me",
            "placeholder",
            "your-secret",
            "your_secret",
            "example",
            "insecure",
            "xxxxxxxx");

    private static final List<String> DEVELOPMENT_HOSTS = List.of("localhost", "127.0.0.1", "[::1]");
    private static final Duration DEFAULT_PUBLIC_CACHE = Duration.ofSeconds(5);
    private static final String DEVELOPMENT_FRONTEND = "http://localhost:3000";
    private static final String DEVELOPMENT_API = "http://localhost:8080";
    private static final Duration DEFAULT_ACCESS_LIFETIME = Duration.ofMinutes(15);
    private static final Duration DEFAULT_REFRESH_LIFETIME = Duration.ofDays(7);
    private static final Duration DEFAULT_DISPATCH_INTERVAL = Duration.ofSeconds(60);
    private static final int DEFAULT_CHUNK_SIZE = 50;
    /** Longer than the slowest chunk can take: a dead sender's campaign is taken over after it. */
    private static final Duration DEFAULT_SENDER_LEASE = Duration.ofMinutes(10);

    private static final String DEVELOPMENT_FROM = "NIASOTAC <no-reply@localhost>";

    private SettingsValidator() {}

    /** The outcome: settings when there is no problem, and every problem and warning found. */
    public record Result(Optional<Settings> settings, List<String> problems, List<String> warnings) {

        public Settings orThrow() {
            return settings.orElseThrow(() -> new InvalidConfigurationException(problems));
        }
    }

    public static Result validate(SettingsSource source) {
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (String secret : SECRETS) {
            problems.addAll(source.sourceProblems(secret));
        }

        AppEnvironment environment = source.get(APP_ENV)
                .map(value -> AppEnvironment.parse(value).orElseGet(() -> {
                    problems.add(APP_ENV + " must be one of development, test, production (got '" + value + "')");
                    return AppEnvironment.PRODUCTION;
                }))
                .orElse(AppEnvironment.PRODUCTION);
        boolean production = environment == AppEnvironment.PRODUCTION;

        boolean debug = flag(source, DEBUG, false, problems);
        if (debug && production) {
            warnings.add(DEBUG + " is ignored in production: error details are never shown there");
            debug = false;
        }

        String secretKey = source.get(SECRET_KEY).orElse("");
        secretKeyProblem(secretKey).ifPresent(problems::add);

        AllowedHosts allowedHosts =
                new AllowedHosts(list(source.get(ALLOWED_HOSTS)).orElseGet(() -> {
                    if (production) {
                        problems.add(ALLOWED_HOSTS + " is required in production (comma-separated host names)");
                    }
                    return DEVELOPMENT_HOSTS;
                }));
        if (production && allowedHosts.allowsAny()) {
            problems.add(ALLOWED_HOSTS + " may not be '*' in production; list the host names");
        }

        CorsOrigins corsOrigins =
                new CorsOrigins(list(source.get(CORS_ALLOWED_ORIGINS)).orElse(List.of()));
        for (String origin : corsOrigins.origins()) {
            CorsOrigins.problemWith(origin).ifPresent(p -> problems.add(CORS_ALLOWED_ORIGINS + ": " + p));
        }
        if (production && corsOrigins.allowsAny()) {
            problems.add(CORS_ALLOWED_ORIGINS + " may not be '*' in production; list the exact origins");
        }

        DatabaseUrl database = null;
        Optional<String> databaseUrl = source.get(DATABASE_URL);
        if (databaseUrl.isEmpty()) {
            problems.add(DATABASE_URL + " is required (postgres://user:password@host:port/database)");
        } else {
            try {
                database = DatabaseUrl.parse(databaseUrl.get());
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }

        Duration access = seconds(source, ACCESS_TOKEN_LIFETIME, DEFAULT_ACCESS_LIFETIME, 60, 86_400, problems);
        Duration refresh =
                seconds(source, REFRESH_TOKEN_LIFETIME, DEFAULT_REFRESH_LIFETIME, 3_600, 90 * 86_400, problems);
        if (refresh.compareTo(access) <= 0) {
            problems.add(REFRESH_TOKEN_LIFETIME + " must be longer than " + ACCESS_TOKEN_LIFETIME);
        }

        URI frontendUrl = source.get(FRONTEND_URL)
                .map(value -> webUrl(FRONTEND_URL, value, problems))
                .orElseGet(() -> {
                    if (production) {
                        problems.add(FRONTEND_URL
                                + " is required in production (the shop's address, e.g. https://niasotac.com)");
                    }
                    return URI.create(DEVELOPMENT_FRONTEND);
                });
        URI publicApiUrl = source.get(PUBLIC_API_URL)
                .map(value -> webUrl(PUBLIC_API_URL, value, problems))
                .orElseGet(() -> {
                    if (production) {
                        problems.add(PUBLIC_API_URL
                                + " is required in production (this API's public address, e.g. https://api.niasotac.com;"
                                + " mails link to it)");
                    }
                    return URI.create(DEVELOPMENT_API);
                });
        Optional<URI> mediaBaseUrl = source.get(MEDIA_BASE_URL).map(value -> webUrl(MEDIA_BASE_URL, value, problems));
        Optional<MediaSettings.S3> s3 = s3(source, problems);
        Path mediaRoot = source.get(MEDIA_ROOT).map(Path::of).orElseGet(() -> {
            if (production && s3.isEmpty()) {
                problems.add(MEDIA_ROOT + " is required in production (the directory that keeps uploaded media)");
            }
            return Path.of(System.getProperty("java.io.tmpdir"), "niasotac-media");
        });
        if (!mediaRoot.isAbsolute()) {
            problems.add(MEDIA_ROOT + " must be an absolute path (got '" + mediaRoot + "')");
        }

        boolean demoData = flag(source, DEMO_DATA, false, problems);
        if (demoData && production) {
            problems.add(DEMO_DATA + " may not be true in production");
        }

        Duration publicCache = seconds(source, PUBLIC_CACHE_SECONDS, DEFAULT_PUBLIC_CACHE, 0, 300, problems);
        MailSettings mail = mail(source, production, frontendUrl, problems);
        RateLimitSettings rateLimits = rateLimits(source, production, problems, warnings);
        ErrorReportingSettings errorReporting = errorReporting(source, environment, problems);

        for (String serverSize : List.of(DB_POOL_MAX_SIZE, WORKER_THREADS)) {
            source.get(serverSize)
                    .filter(raw -> !raw.matches("[1-9][0-9]{0,2}"))
                    .ifPresent(raw ->
                            problems.add(serverSize + " must be a whole number from 1 to 999 (got '" + raw + "')"));
        }

        Optional<Settings> settings = problems.isEmpty()
                ? Optional.of(new Settings(
                        environment,
                        debug,
                        secretKey,
                        allowedHosts,
                        corsOrigins,
                        database,
                        access,
                        refresh,
                        new MediaSettings(mediaRoot, mediaBaseUrl, s3),
                        frontendUrl,
                        publicApiUrl,
                        demoData,
                        publicCache,
                        mail,
                        rateLimits,
                        errorReporting))
                : Optional.empty();
        return new Result(settings, List.copyOf(problems), List.copyOf(warnings));
    }

    private static MailSettings mail(
            SettingsSource source, boolean production, URI frontendUrl, List<String> problems) {
        Optional<String> host = source.get(SMTP_HOST).map(String::strip).filter(value -> !value.isEmpty());
        if (host.isEmpty() && production) {
            problems.add(SMTP_HOST + " is required in production (the SMTP server that sends confirmations and "
                    + "newsletters)");
        }
        int port = (int) number(source, SMTP_PORT, 587, 1, 65_535, "", problems);
        boolean startTls = flag(source, SMTP_STARTTLS, true, problems);
        Optional<String> user = source.get(SMTP_USER).filter(value -> !value.isBlank());
        Optional<String> password = source.get(SMTP_PASSWORD).filter(value -> !value.isEmpty());
        if (user.isPresent() != password.isPresent()) {
            problems.add(SMTP_USER + " and " + SMTP_PASSWORD + " go together: set both or neither");
        }
        String from = source.get(DEFAULT_FROM_EMAIL).map(String::strip).orElseGet(() -> {
            if (host.isPresent()) {
                problems.add(DEFAULT_FROM_EMAIL + " is required with " + SMTP_HOST
                        + " (e.g. NIASOTAC <newsletter@niasotac.com>)");
            }
            return DEVELOPMENT_FROM;
        });
        Path outbox = source.get(MAIL_OUTBOX_DIR)
                .map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"), "niasotac-outbox"));
        Duration dispatch = seconds(source, NEWSLETTER_DISPATCH_SECONDS, DEFAULT_DISPATCH_INTERVAL, 1, 3_600, problems);
        int chunk = (int) number(source, NEWSLETTER_CHUNK_SIZE, DEFAULT_CHUNK_SIZE, 1, 1_000, "", problems);
        Duration lease = seconds(source, NEWSLETTER_LEASE_SECONDS, DEFAULT_SENDER_LEASE, 10, 86_400, problems);
        Optional<MailSettings.Smtp> smtp = host.map(h -> new MailSettings.Smtp(h, port, user, password, startTls));
        String confirmUrl = source.get(NEWSLETTER_CONFIRM_URL)
                .map(String::strip)
                .map(template -> confirmUrl(template, problems))
                .orElse(frontendUrl + "/newsletter/confirm/" + MailSettings.TOKEN);
        return new MailSettings(smtp, from, outbox, dispatch, chunk, lease, confirmUrl);
    }

    /** The shop's confirmation page: an absolute http(s) URL holding {@code {token}} once, e.g. in its path. */
    private static String confirmUrl(String template, List<String> problems) {
        int at = template.indexOf(MailSettings.TOKEN);
        boolean once = at >= 0 && at == template.lastIndexOf(MailSettings.TOKEN);
        if (once
                && WebUrls.absoluteHttp(template.replace(MailSettings.TOKEN, "token"))
                        .isPresent()) {
            return template;
        }
        problems.add(NEWSLETTER_CONFIRM_URL + " must be an absolute http(s) URL holding " + MailSettings.TOKEN
                + " once, like https://niasotac.com/newsletter/confirm/" + MailSettings.TOKEN + " (got '" + template
                + "')");
        return template;
    }

    private static RateLimitSettings rateLimits(
            SettingsSource source, boolean production, List<String> problems, List<String> warnings) {
        Optional<URI> redis = source.get(REDIS_URL).flatMap(value -> redisUrl(value, problems));
        if (redis.isEmpty() && production) {
            warnings.add(REDIS_URL + " is not set: rate limits are counted by each node on its own");
        }
        boolean failOpen = flag(source, RATE_LIMIT_FAIL_OPEN, true, problems);
        List<IpRange> proxies = new ArrayList<>();
        for (String entry : list(source.get(TRUSTED_PROXIES)).orElse(List.of())) {
            IpRange.parse(entry)
                    .ifPresentOrElse(
                            proxies::add,
                            () -> problems.add(TRUSTED_PROXIES
                                    + " lists addresses or CIDR blocks such as 10.0.0.0/8 (got '" + entry + "')"));
        }
        Map<String, RateLimitSettings.Limit> limits = new LinkedHashMap<>();
        RateLimitSettings.DEFAULTS.forEach((name, fallback) -> {
            String variable = RateLimitSettings.variable(name);
            limits.put(
                    name,
                    source.get(variable)
                            .map(value -> limit(value).orElseGet(() -> {
                                problems.add(variable
                                        + " must be <requests>/<seconds>, e.g. 10/60, each from 1 to 1000000 (got '"
                                        + value + "')");
                                return fallback;
                            }))
                            .orElse(fallback));
        });
        return new RateLimitSettings(
                redis, failOpen, List.copyOf(proxies), java.util.Collections.unmodifiableMap(limits));
    }

    /** The S3 media store {@code STORAGE_BACKEND=s3} asks for, or empty for the local disk. */
    public static Optional<MediaSettings.S3> s3(SettingsSource source, List<String> problems) {
        String backend = source.get(STORAGE_BACKEND).map(String::strip).orElse("local");
        if (backend.equals("local")) {
            return Optional.empty();
        }
        if (!backend.equals("s3")) {
            problems.add(STORAGE_BACKEND + " must be local or s3 (got '" + backend + "')");
            return Optional.empty();
        }
        Optional<String> bucket = source.get(S3_BUCKET).map(String::strip);
        if (bucket.filter(b -> b.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")).isEmpty()) {
            problems.add(
                    S3_BUCKET + " is required with " + STORAGE_BACKEND + "=s3: a bucket name, 3 to 63 of a-z 0-9 . -");
        }
        Optional<String> region = source.get(S3_REGION).map(String::strip);
        if (region.filter(r -> r.matches("[a-z0-9-]{2,40}")).isEmpty()) {
            problems.add(S3_REGION + " is required with " + STORAGE_BACKEND + "=s3 (e.g. eu-west-3)");
        }
        Optional<URI> endpoint = source.get(S3_ENDPOINT).map(value -> webUrl(S3_ENDPOINT, value, problems));
        Optional<String> keyId = source.get(S3_ACCESS_KEY_ID).map(String::strip);
        Optional<String> secret = source.get(S3_SECRET_ACCESS_KEY);
        if (keyId.isPresent() != secret.isPresent()) {
            problems.add(S3_ACCESS_KEY_ID + " and " + S3_SECRET_ACCESS_KEY
                    + " go together: set both, or neither to use the SDK's default credentials");
        }
        return Optional.of(new MediaSettings.S3(bucket.orElse(""), region.orElse(""), endpoint, keyId, secret));
    }

    private static ErrorReportingSettings errorReporting(
            SettingsSource source, AppEnvironment environment, List<String> problems) {
        Optional<String> dsn = source.get(SENTRY_DSN).map(String::strip).filter(value -> {
            boolean withKeyAndProject = WebUrls.absoluteHttp(value)
                    .filter(uri -> uri.getUserInfo() != null
                            && uri.getPath() != null
                            && uri.getPath().matches("(/[^/]+)*/\\d+"))
                    .isPresent();
            if (withKeyAndProject) {
                return true;
            }
            // reported without the value: it holds a key
            problems.add(SENTRY_DSN + " must be the DSN Sentry gives, https://<key>@<host>/<project id>");
            return false;
        });
        String release = source.get(SENTRY_RELEASE).map(String::strip).orElseGet(BuildInfo::release);
        return new ErrorReportingSettings(
                dsn, source.get(SENTRY_ENVIRONMENT).map(String::strip).orElse(environment.label()), release);
    }

    private static Optional<URI> redisUrl(String value, List<String> problems) {
        try {
            URI uri = new URI(value.strip());
            String path = uri.getPath() == null ? "" : uri.getPath();
            if (("redis".equals(uri.getScheme()) || "rediss".equals(uri.getScheme()))
                    && uri.getHost() != null
                    && path.matches("(/\\d{1,2})?/?")) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            // reported below; the value may hold a password, so it is not repeated
        }
        problems.add(REDIS_URL + " must look like redis://[:password@]host[:port][/db] or rediss://… for TLS");
        return Optional.empty();
    }

    private static Optional<RateLimitSettings.Limit> limit(String value) {
        String[] parts = value.strip().split("/", -1);
        if (parts.length != 2 || !parts[0].matches("\\d{1,7}") || !parts[1].matches("\\d{1,7}")) {
            return Optional.empty();
        }
        long requests = Long.parseLong(parts[0]);
        long seconds = Long.parseLong(parts[1]);
        if (requests < 1 || requests > 1_000_000 || seconds < 1 || seconds > 1_000_000) {
            return Optional.empty();
        }
        return Optional.of(new RateLimitSettings.Limit(requests, Duration.ofSeconds(seconds)));
    }

    /** Why {@code secret} cannot sign tokens, or empty when it can. */
    static Optional<String> secretKeyProblem(String secret) {
        if (secret.isEmpty()) {
            return Optional.of(SECRET_KEY + " is required (at least " + MIN_SECRET_LENGTH
                    + " random characters, e.g. from `openssl rand -base64 48`); no default exists");
        }
        if (secret.length() < MIN_SECRET_LENGTH) {
            return Optional.of(SECRET_KEY + " is too short: " + secret.length() + " characters, at least "
                    + MIN_SECRET_LENGTH + " required");
        }
        String lower = secret.toLowerCase(Locale.ROOT);
        if (PLACEHOLDER_MARKERS.stream().anyMatch(lower::contains)) {
            return Optional.of(SECRET_KEY + " is a documentation placeholder; generate a real random secret");
        }
        if (secret.chars().distinct().count() < MIN_DISTINCT_SECRET_CHARACTERS) {
            return Optional.of(SECRET_KEY + " is too predictable; generate a real random secret");
        }
        return Optional.empty();
    }

    /** An absolute http(s) URL without query or fragment, trailing slash removed. */
    private static URI webUrl(String name, String value, List<String> problems) {
        String trimmed = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        Optional<URI> url =
                WebUrls.absoluteHttp(trimmed).filter(uri -> uri.getRawQuery() == null && uri.getRawFragment() == null);
        if (url.isPresent()) {
            return url.get();
        }
        problems.add(name + " must be an absolute http(s) URL like https://niasotac.com (got '" + value + "')");
        return URI.create(DEVELOPMENT_FRONTEND);
    }

    private static Optional<List<String>> list(Optional<String> raw) {
        return raw.map(value -> Arrays.stream(value.split(","))
                        .map(String::strip)
                        .filter(item -> !item.isEmpty())
                        .toList())
                .filter(items -> !items.isEmpty());
    }

    private static boolean flag(SettingsSource source, String name, boolean fallback, List<String> problems) {
        return source.get(name)
                .map(value -> parseBoolean(value).orElseGet(() -> {
                    problems.add(name + " must be true or false (got '" + value + "')");
                    return fallback;
                }))
                .orElse(fallback);
    }

    private static Optional<Boolean> parseBoolean(String value) {
        String lower = value.strip().toLowerCase(Locale.ROOT);
        if (Set.of("true", "1", "yes", "on").contains(lower)) {
            return Optional.of(true);
        }
        if (Set.of("false", "0", "no", "off").contains(lower)) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    private static Duration seconds(
            SettingsSource source, String name, Duration fallback, long min, long max, List<String> problems) {
        return Duration.ofSeconds(number(source, name, fallback.toSeconds(), min, max, " of seconds", problems));
    }

    private static long number(
            SettingsSource source, String name, long fallback, long min, long max, String unit, List<String> problems) {
        Optional<String> raw = source.get(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(raw.get().strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(name + " must be a whole number" + unit + " between " + min + " and " + max + " (got '" + raw.get()
                + "')");
        return fallback;
    }
}
