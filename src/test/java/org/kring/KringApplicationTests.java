package org.kring;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@Tag("database")
class KringApplicationTests {

	@Test
	void contextLoads() {
	}

}
