package org.staffroom.review;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.staffroom.platform.StaffroomApplication;

@SpringBootApplication
public class ReviewApplication {

    public static void main(String[] args) {
        StaffroomApplication.run(ReviewApplication.class, args);
    }
}
