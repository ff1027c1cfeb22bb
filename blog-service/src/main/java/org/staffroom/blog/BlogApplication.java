package org.staffroom.blog;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.staffroom.platform.StaffroomApplication;

@SpringBootApplication
public class BlogApplication {

    public static void main(String[] args) {
        StaffroomApplication.run(BlogApplication.class, args);
    }
}
