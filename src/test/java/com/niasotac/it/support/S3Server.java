package com.niasotac.it.support;

import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;

/**
 * The tests' S3 API (s3proxy, started by the build with server-config/local-s3.sh): the settings that point
 * the application at it, a client to look inside, and an outage on demand.
 */
public final class S3Server {

    public static final String BUCKET = "niasotac-it-media";
    static final String REGION = "us-east-1";

    private S3Server() {}

    /** What a test deployment adds to use this server as its media store. */
    public static Map<String, String> applicationSettings() {
        return Map.of(
                "STORAGE_BACKEND",
                "s3",
                "S3_BUCKET",
                BUCKET,
                "S3_REGION",
                REGION,
                "S3_ENDPOINT",
                endpoint().toString(),
                "S3_ACCESS_KEY_ID",
                System.getProperty("it.s3.access-key"),
                "S3_SECRET_ACCESS_KEY",
                System.getProperty("it.s3.secret-key"));
    }

    public static URI endpoint() {
        return URI.create("http://127.0.0.1:" + System.getProperty("it.s3.port"));
    }

    public static S3Client client() {
        return S3Client.builder()
                .region(Region.of(REGION))
                .endpointOverride(endpoint())
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        System.getProperty("it.s3.access-key"), System.getProperty("it.s3.secret-key"))))
                .httpClientBuilder(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.builder())
                .build();
    }

    public static void createBucket() {
        try (S3Client s3 = client()) {
            s3.createBucket(request -> request.bucket(BUCKET));
        } catch (BucketAlreadyOwnedByYouException e) {
            // made by an earlier test
        } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
            if (e.statusCode() != 409) {
                throw e;
            }
        }
    }

    public static void stop() {
        script("stop", System.getProperty("it.s3.dir"));
    }

    public static void start() {
        script(
                "start",
                System.getProperty("it.s3.dir"),
                System.getProperty("it.s3.port"),
                System.getProperty("it.s3.access-key"),
                System.getProperty("it.s3.secret-key"),
                System.getProperty("it.s3.jar"));
    }

    private static void script(String... arguments) {
        Scripts.run(System.getProperty("it.s3.script"), arguments);
    }
}
